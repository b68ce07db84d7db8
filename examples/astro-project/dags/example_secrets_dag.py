"""Reads a connection and variables from the secrets backend (see the Astro docs)."""

from datetime import datetime

from airflow.sdk import DAG, Variable, task
from airflow.hooks.base import BaseHook
from airflow.providers.http.operators.http import HttpOperator

with DAG(
    dag_id="example_secrets_dag",
    start_date=datetime(2024, 1, 1),
    schedule=None,
):

    @task
    def print_secrets():
        my_var = Variable.get("my_secret_var")
        print(f"My secret variable is: {my_var}")  # masked in the logs

        settings = Variable.get("pipeline_settings", deserialize_json=True)
        print(settings["region"])

        conn = BaseHook.get_connection(conn_id="aws_standard")
        print(conn.get_uri())

        # BaseHook.get_connection("old_connection")  (commented out: ignored)

    @task
    def per_environment(env: str):
        # Built at run time: discover reports it as dynamic, not checked.
        return BaseHook.get_connection(f"warehouse_{env}")

    # The manifest does not declare orders_api yet: discover reports it.
    fetch_orders = HttpOperator(
        task_id="fetch_orders",
        http_conn_id="orders_api",
        endpoint="/v1/orders",
        method="GET",
    )

    print_secrets() >> per_environment("dev") >> fetch_orders
