/**
 * An exception as Python would raise it: `pyClass` is the class name Airflow
 * would surface (`ValueError`, `json.decoder.JSONDecodeError`,
 * `airflow.exceptions.AirflowException`, ...), `message` its str().
 * Messages may quote the input, so they are redacted before display.
 */
export class PyError extends Error {
  override name = 'PyError'
  readonly pyClass: string
  constructor(pyClass: string, message: string) {
    super(message)
    this.pyClass = pyClass
  }
}
