"""Templated SQL: variables and connections used through Jinja."""

from datetime import datetime

from airflow.sdk import DAG
from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator
from airflow.providers.standard.operators.bash import BashOperator

with DAG(
    dag_id="daily_report",
    start_date=datetime(2024, 1, 1),
    schedule="@daily",
    template_searchpath="/usr/local/airflow/dags/sql",
):
    build = SQLExecuteQueryOperator(
        task_id="build_report",
        conn_id="warehouse",
        sql="daily.sql",
    )

    notify = BashOperator(
        task_id="notify",
        bash_command=(
            "echo 'report ready in {{ var.value.report_schema }} "
            "on {{ conn.warehouse.host }} "
            "for {{ var.json.pipeline_settings.region }}'"
        ),
    )

    build >> notify
