-- Rendered by Airflow's Jinja templating.
CREATE TABLE IF NOT EXISTS {{ var.value.report_schema }}.daily_orders AS
SELECT order_date, count(*) AS orders
FROM {{ var.value.report_schema }}.orders
WHERE order_date = '{{ ds }}'
GROUP BY order_date;
