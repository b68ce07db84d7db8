"""
A model of how Airflow builds a Connection from a Secrets Manager value, for
the four profiles (af2, af3_core30, af3_core, af3_sdk), written against
CPython's own urllib.parse, json and int() so that the parsing primitives are
the real ones. It regenerates __tests__/fixtures/python/differential.jsonl:

    python3 scripts/oracle/airflow_model.py > __tests__/fixtures/python/differential.jsonl

Each output line is an `explain --jsonl` input plus the `expected` result in
the same shape `explain --reveal` prints. Run with CPython 3.11.7.
"""
import json
import re
import sys
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

PROFILES = ["af2", "af3_core30", "af3_core", "af3_sdk"]
ORM = {"af2", "af3_core30", "af3_core"}
RE_SANITIZE_CONN_ID = re.compile(r"^[\w\#\!\(\)\-\.\:\/\\]{1,}$")


class AirflowException(Exception):
    pass


def sanitize_conn_id(conn_id):
    if not isinstance(conn_id, str) or len(conn_id) > 250:
        return None
    m = re.match(RE_SANITIZE_CONN_ID, conn_id)
    return m.group(0) if m else None


def normalize(conn_type):
    if conn_type == "postgresql":
        return "postgres"
    if "-" in conn_type:
        return conn_type.replace("-", "_")
    return conn_type


def hostname_of(parts):
    hostname = unquote(parts.hostname or "")
    if "/" in hostname:
        hostname = parts.netloc
        if "@" in hostname:
            hostname = hostname.rsplit("@", 1)[1]
        if ":" in hostname:
            hostname = hostname.split(":", 1)[0]
        hostname = unquote(hostname)
    return hostname


class Conn:
    def __init__(self, profile, conn_id):
        self.profile = profile
        self.conn_id = conn_id
        self.conn_type = None
        self.host = None
        self.login = None
        self._password = None
        self.schema = None
        self.port = None
        self._extra = None

    # ORM setters (af2, core); the SDK stores values as they are.
    @property
    def password(self):
        return self._password

    @password.setter
    def password(self, value):
        if self.profile in ORM:
            if value:
                bytes(value, "utf-8")
                self._password = value
        else:
            self._password = value

    @property
    def extra(self):
        return self._extra

    @extra.setter
    def extra(self, value):
        if self.profile in ORM and value:
            if self.profile != "af2":
                validate_extra(value, self.printed_id())
            bytes(value, "utf-8")
        self._extra = value

    def printed_id(self):
        if self.profile == "af3_core":
            return None
        return sanitize_conn_id(self.conn_id)

    def extra_dejson(self):
        extra = {}
        if self._extra:
            try:
                extra = json.loads(self._extra)
            except json.JSONDecodeError:
                pass
        return extra

    def get_uri(self):
        p = self.profile
        uri = f"{self.conn_type.lower().replace('_', '-')}://" if self.conn_type else "//"
        host_to_use = self.host
        if self.host and "://" in self.host:
            protocol, host = self.host.split("://", 1)
            if p in ("af3_core", "af3_sdk") and protocol == self.conn_type:
                host_to_use = self.host
            else:
                host_to_use = host
                if protocol:
                    uri += f"{protocol}://"
        authority = ""
        if self.login is not None:
            authority += quote(self.login, safe="")
        if self.password is not None:
            authority += ":" + quote(self.password, safe="")
        if authority > "":
            authority += "@"
            uri += authority
        host_block = ""
        if host_to_use:
            host_block += quote(host_to_use, safe="")
        if self.port:
            if host_block == "" and authority == "":
                host_block += f"@:{self.port}"
            else:
                host_block += f":{self.port}"
        if self.schema:
            host_block += f"/{quote(self.schema, safe='')}"
        uri += host_block
        if self._extra:
            dejson = self.extra_dejson()
            try:
                query = urlencode(dejson)
            except TypeError:
                query = None
            if query and dejson == dict(parse_qsl(query, keep_blank_values=True)):
                uri += ("?" if self.schema else "/?") + query
            else:
                uri += ("?" if self.schema else "/?") + urlencode({"__extra__": self._extra})
        return uri


def validate_extra(extra, conn_id):
    try:
        parsed = json.loads(extra)
        if not isinstance(parsed, dict):
            raise ValueError(
                "Encountered JSON value in `extra` which does not parse as a dictionary in "
                f"connection {conn_id!r}. The `extra` field must contain a JSON "
                "representation of a Python dict."
            )
    except json.JSONDecodeError:
        raise ValueError(f"Encountered non-JSON in `extra` field for connection {conn_id!r}.")


def from_uri(uri, profile, conn_id):
    c = Conn(profile, conn_id)
    n = uri.count("://")
    if n > 2:
        raise AirflowException(f"Invalid connection string: {uri}.")
    with_protocol = n == 2
    parts = urlsplit(uri)
    conn_type = parts.scheme
    c.conn_type = normalize(conn_type)
    rest = uri.replace(f"{conn_type}://", "" if with_protocol else "//")
    if with_protocol:
        head = rest.split("://", 1)[0]
        if "@" in head or ":" in head:
            raise AirflowException(f"Invalid connection string: {uri}.")
    parts = urlsplit(rest)
    protocol = parts.scheme if with_protocol else None
    host = hostname_of(parts)
    c.host = f"{protocol}://{host}" if host and protocol else host
    quoted_schema = parts.path[1:]
    c.schema = unquote(quoted_schema) if quoted_schema else quoted_schema
    c.login = unquote(parts.username) if parts.username else parts.username
    c.password = unquote(parts.password) if parts.password else parts.password
    c.port = parts.port
    if parts.query:
        q = dict(parse_qsl(parts.query, keep_blank_values=True))
        c.extra = q["__extra__"] if "__extra__" in q else json.dumps(q)
    return c


ALLOWED = {
    "af2": ["conn_type", "description", "host", "login", "password", "schema", "port", "extra", "uri"],
    "af3_core30": ["conn_type", "description", "host", "login", "password", "schema", "port", "extra", "uri"],
    "af3_core": ["conn_type", "description", "host", "login", "password", "schema", "port", "extra", "uri", "team_name"],
    "af3_sdk": ["conn_type", "description", "host", "login", "password", "schema", "port", "extra"],
}


def from_json(value, profile, conn_id):
    kw = json.loads(value)
    extra = kw.pop("extra", None)
    if extra:
        kw["extra"] = extra if isinstance(extra, str) else json.dumps(extra)
    conn_type = kw.pop("conn_type", None)
    if conn_type:
        kw["conn_type"] = normalize(conn_type)
    port = kw.pop("port", None)
    if port:
        try:
            kw["port"] = int(port)
        except ValueError:
            raise ValueError(f"Expected integer value for `port`, but got {port!r} instead.")
    if "conn_id" in kw:
        raise TypeError("Connection() got multiple values for keyword argument 'conn_id'")
    for k in kw:
        if k not in ALLOWED[profile]:
            raise TypeError(f"Connection.__init__() got an unexpected keyword argument '{k}'")
    if profile == "af3_sdk" and not kw.get("conn_type"):
        raise TypeError("Connection.__init__() missing 1 required positional argument: 'conn_type'")
    uri = kw.get("uri")
    if profile in ORM and uri:
        if any(kw.get(k) for k in ["conn_type", "host", "login", "password", "schema", "port", "extra"]):
            raise AirflowException("You must create an object using the URI or individual values")
        return from_uri(uri, profile, conn_id)
    c = Conn(profile, conn_id)
    c.conn_type = kw.get("conn_type")
    c.host = kw.get("host")
    c.login = kw.get("login")
    c.password = kw.get("password")
    c.schema = kw.get("schema")
    c.port = kw.get("port")
    c.extra = kw.get("extra")
    return c


WORDS = {
    "login": ["login", "user", "username", "user_name"],
    "password": ["password", "pass", "key"],
    "host": ["host", "remote_host", "server"],
    "port": ["port"],
    "schema": ["database", "schema"],
    "conn_type": ["conn_type", "conn_id", "connection_type", "engine"],
    "extra": ["extra"],
}


def get_conn_value(secret):
    if secret is not None and secret.strip().startswith("{"):
        d = json.loads(secret)
        conn_d = {f: next((v for k, v in d.items() if k in words), None) for f, words in WORDS.items()}
        return json.dumps(conn_d)
    return secret


def deserialize(value, profile, conn_id):
    v = value.strip()
    if v[0] == "{":
        return from_json(v, profile, conn_id)
    return from_uri(v, profile, conn_id)


def explain(value, profile, conn_id="test_id"):
    name = f"airflow/connections/{conn_id}"
    try:
        standardized = get_conn_value(value)
        if not standardized:
            return {"found": False, "secret_name": name}
        c = deserialize(standardized, profile, conn_id)
    except Exception as e:  # noqa: BLE001 - every class is part of the result
        return {"found": True, "secret_name": name, "error": type(e).__name__}
    result = {
        "found": True,
        "secret_name": name,
        "conn_type": c.conn_type,
        "host": c.host,
        "login": c.login,
        "password": c.password,
        "schema": c.schema,
        "port": c.port,
        "extra": c.extra,
        "extra_dejson": json.dumps(c.extra_dejson(), separators=(",", ":")),
    }
    try:
        result["uri"] = c.get_uri()
    except Exception as e:  # noqa: BLE001
        result["uri"] = None
        result["uri_error"] = type(e).__name__
    return result


# --- inputs -------------------------------------------------------------

SCHEMES = ["postgres", "postgresql", "MySQL", "google-cloud-platform", "google_cloud", "aws", "http", "s3", "x+y.z", "1abc", ""]
USERINFO = ["", "user@", "user:pass@", "u%40x:p%2Fw%3A@", "user:@", ":pw@", "a@b@", "u:p:q@", "us%zzer:p%ss@", "üser:päss@", "user:pa ss@", "AKIA:wJal/rXU@"]
HOSTS = ["host", "HoSt.Example.COM", "[::1]", "[fe80::1%25eth0]", "[v1.x]", "[1.2.3.4]", "[::1", "::1]", "h%2Fpath", "My%2FHost", "", "ho st", "exa℀mple", "[::ffff:1.2.3.4]", "[1:2:3:4:5:6:7:8:9]", "xn--bcher-kva.example", "[:::]"]
PORTS = ["", ":5432", ":0", ":00080", ":65535", ":65536", ": 80", ":+80", ":8_0", ":٨٠", ":80:90", ":abc", ":"]
PATHS = ["", "/", "/db", "//db", "/d%20b", "/%E2%82%AC", "/db/more", "/%ff", "/a+b"]
QUERIES = ["", "?a=1", "?a=1&a=2", "?a=1;b=2", "?flag", "?x=a+b&y=%2B", "?__extra__=%7B%22k%22%3A+1%7D", "?__extra__=notjson", "?__extra__=%5B1%5D", "?=empty&&", "?k=%7B%22nested%22%3A%201%7D", "?a=%ud800"]
FRAGMENTS = ["", "#frag", "#f?x=1"]
EXTRA_RAW = [
    "host:5432", "localhost", "mysql://u:p@h", "http://https://host", "http://us:er@https://host", "a://b://c://d",
    "  postgres://u:p@h  ", "\tpostgres://u:p\n@h", "\"postgres://u:p@h\"", "[1]", "\ufeff{}", "postgres:h/db", "s:𝒳db",
    "postgres://u:p@h/db?__extra__=%7B%22a%22%3A%201%7D&b=2", "s://h#f?x=1", "aws://", "aws://@:443/", "s://u:p@h:80/?",
    "postgres://%",
]
JSONS = [
    '{"conn_type": "postgres", "host": "h", "login": "u", "password": "p", "schema": "db", "port": 5432}',
    '{"conn_type": "postgresql", "port": "5432"}', '{"conn_type": "google-cloud", "port": " 5432 "}',
    '{"conn_type": "x", "port": "+5"}', '{"conn_type": "x", "port": "4_2"}', '{"conn_type": "x", "port": "١٢"}',
    '{"conn_type": "x", "port": 5432.9}', '{"conn_type": "x", "port": true}', '{"conn_type": "x", "port": "5432.0"}',
    '{"conn_type": "x", "port": "0x10"}', '{"conn_type": "x", "port": "abc"}', '{"conn_type": "x", "port": NaN}',
    '{"conn_type": "x", "port": [1]}', '{"conn_type": "x", "port": Infinity}', '{"conn_type": "x", "port": -1}',
    '{"conn_type": "x", "port": 99999}', '{"conn_type": "x", "port": 0}', '{"conn_type": "x", "port": "0"}',
    '{"conn_type": "x", "port": ""}', '{"conn_type": "x", "port": null}', '{"conn_type": "x", "extra": {"a": 1}}',
    '{"conn_type": "x", "extra": "{\\"a\\": 1}"}', '{"conn_type": "x", "extra": "[1]"}', '{"conn_type": "x", "extra": "nope"}',
    '{"conn_type": "x", "extra": []}', '{"conn_type": "x", "extra": {}}', '{"conn_type": "x", "extra": [1, 2]}',
    '{"conn_type": 5}', '{"conn_type": true}', '{"conn_type": ["a"]}', '{"conn_type": {"-": 1}}',
    '{"host": "h"}', '{"user": "u", "pass": "p", "server": "s", "database": "d", "engine": "mysql"}',
    '{"username": "u", "password": "p", "host": "h", "port": 5432, "dbname": "db", "engine": "postgres"}',
    '{"conn_id": "postgres", "key": "k"}', '{"login": "a", "user": "b", "conn_type": "x"}', '{"user": "b", "login": "a", "conn_type": "x"}',
    '{"conn_type": "x", "conn_type": "y"}', '{"":""}', '{}', '{"conn_type": "x", "password": ""}', '{"conn_type": "x", "password": 5}',
    '{"conn_type": "x", "host": 5}', '{"conn_type": "x", "host": "proto://h"}', '{"conn_type": "http", "host": "http://h"}',
    '{"conn_type": "x", "login": "l", "password": "p%2F", "host": "h/x"}', '{"conn_type": "x", "schema": "a/b", "extra": {"k": "v w"}}',
    '{"conn_type": "x", "extra": {"k": [1]}}', '{"conn_type": "x", "extra": {"k": null}}', '{"conn_type": "x", "extra": {"k": true}}',
    '{"conn_type": "x", "password": "\\ud800"}', '{"conn_type": "x", "extra": {"k": "\\ud800"}}', '{"conn_type": "x",}', "{'conn_type': 'x'}",
    '{"conn_type": "x"} extra', '\x0c{"conn_type": "x"}', '{"conn_type": "x", "port": 12345678901234567890}',
    '{"conn_type": "x", "uri": "postgres://h"}', '{"conn_type": "UPPER", "host": "H"}', '{"conn_type": "x", "description": "d"}',
    '{"conn_type": "x", "port": 1e400}', '{"conn_type": "x", "port": "  "}', '{"conn_type": "x", "extra": "\\"str\\""}',
]


def uri_inputs():
    out = list(EXTRA_RAW)
    # A structured sweep: vary one component at a time around a base URI.
    base = ["postgres", "user:pass@", "host", ":5432", "/db", "?a=1", ""]
    pools = [SCHEMES, USERINFO, HOSTS, PORTS, PATHS, QUERIES, FRAGMENTS]
    for i, pool in enumerate(pools):
        for item in pool:
            parts = list(base)
            parts[i] = item
            scheme = parts[0]
            out.append((f"{scheme}://" if scheme else "//") + "".join(parts[1:]))
    # Pairs of components, to catch interactions.
    for u in USERINFO:
        for h in HOSTS:
            for p in [":5432", "", ":x"]:
                out.append(f"s://{u}{h}{p}/sch?q=1")
    for h in HOSTS[:6]:
        for q in QUERIES:
            out.append(f"http://https://{h}{q}")
    return out


def main():
    seen = set()
    values = uri_inputs() + JSONS
    for value in values:
        if value in seen:
            continue
        seen.add(value)
        for profile in PROFILES:
            line = {"kind": "connection", "value": value, "profile": profile, "expected": explain(value, profile)}
            sys.stdout.write(json.dumps(line, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
