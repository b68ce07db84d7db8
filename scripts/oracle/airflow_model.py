"""
A model of how Airflow builds a Connection from a Secrets Manager value, for
the release profiles (af2, af3_0, af3_1_0_server, af3_1_6_server,
af3_1_0_task, af3_1_5_task, af3_1_6_task, af3_1_8_task, af3_2_server,
af3_2_task; docs/airflow-parsing.md, "Releases"), written against
CPython's own urllib.parse, json and int() so that the parsing primitives are
the real ones. It regenerates __tests__/fixtures/python/differential.jsonl:

    python3 scripts/oracle/airflow_model.py > __tests__/fixtures/python/differential.jsonl

Each output line is an `explain --jsonl` input plus the `expected` result in
the same shape `explain --reveal` prints. Run with CPython 3.11.7.

The Secrets Manager layer follows the Amazon provider's SecretsManagerBackend
(`__init__`, `_get_secret`, `get_conn_value`, `_standardize_secret_keys`,
`get_variable`; the 8.x kwargs when a line says "amazon_provider": "8"), with
a dict standing in for the AWS call.
"""
import json
import random
import re
import sys
import warnings
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

PROFILES = ["af2", "af3_0", "af3_1_0_server", "af3_1_6_server", "af3_1_0_task", "af3_1_5_task",
            "af3_1_6_task", "af3_1_8_task", "af3_2_server", "af3_2_task"]
# The Connection code each profile runs for (a URI value, a JSON value).
ENGINES = {
    "af2": ("af2", "af2"),
    "af3_0": ("core30", "core30"),
    "af3_1_0_server": ("core31", "core31"),
    "af3_1_6_server": ("core316", "core316"),
    "af3_1_0_task": ("core31", "sdk110"),
    "af3_1_5_task": ("core31", "sdk115"),
    "af3_1_6_task": ("core316", "sdk115"),
    "af3_1_8_task": ("core316", "sdk118"),
    "af3_2_server": ("core32", "core32"),
    "af3_2_task": ("sdk12", "sdk12"),
}
ORM = {"af2", "core30", "core31", "core316", "core32"}
DECODES_QUERY = {"core316", "core32"}  # apache/airflow #59339
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
        if self.profile == "core32":
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
            if p not in ("af2", "core30") and protocol == self.conn_type:
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


def invalid(uri, profile):
    # apache/airflow #62180: airflow-core 3.2 stopped printing the URI.
    if profile == "core32":
        return AirflowException("Invalid connection string.")
    return AirflowException(f"Invalid connection string: {uri}.")


def from_uri(uri, profile, conn_id):
    c = Conn(profile, conn_id)
    n = uri.count("://")
    if n > 2:
        raise invalid(uri, profile)
    with_protocol = n == 2
    parts = urlsplit(uri)
    conn_type = parts.scheme
    c.conn_type = normalize(conn_type)
    rest = uri.replace(f"{conn_type}://", "" if with_protocol else "//")
    if with_protocol:
        head = rest.split("://", 1)[0]
        if "@" in head or ":" in head:
            raise invalid(uri, profile)
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
        if "__extra__" in q:
            c.extra = q["__extra__"]
        else:
            if profile in DECODES_QUERY:
                for key, value in q.items():
                    try:
                        q[key] = json.loads(value)
                    except (json.JSONDecodeError, TypeError):
                        pass
            c.extra = json.dumps(q)
    return c


KEYS = ["conn_type", "description", "host", "login", "password", "schema", "port", "extra"]
ALLOWED = {
    "af2": KEYS + ["uri"],
    "core30": KEYS + ["uri"],
    "core31": KEYS + ["uri", "team_id"],
    "core316": KEYS + ["uri", "team_id"],
    "core32": KEYS + ["uri", "team_name"],
    "sdk110": KEYS,
    "sdk115": KEYS,
    "sdk118": KEYS,
    "sdk12": KEYS + ["uri"],
}


def from_json(value, profile, conn_id):
    kw = json.loads(value)
    if profile == "sdk110":
        # Task SDK 1.1.0-1.1.4 check conn_type before anything else.
        if not kw.get("conn_type", None):
            raise ValueError(
                "Connection type (conn_type) is required but missing from connection configuration. "
                "Please add 'conn_type' field to your connection definition."
            )
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
    if profile in ("sdk110", "sdk115") and not kw.get("conn_type"):
        raise TypeError("Connection.__init__() missing 1 required positional argument: 'conn_type'")
    uri = kw.get("uri")
    if (profile in ORM or profile == "sdk12") and uri:
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


class SecretsManagerBackend:
    """The Amazon provider's backend: __init__, _get_secret's name and lookup
    pattern, get_conn_value with _standardize_secret_keys, get_variable. The
    AWS call is replaced by `values`, the SecretString each name holds.
    `provider` "8" is the last provider before 9.0.0: full_url_mode is popped
    with a warning and are_secret_values_urlencoded is honoured."""

    def __init__(self, values, provider="9", **kwargs):
        self.values = values
        if provider == "8":
            self._init_8(**kwargs)
        else:
            self._init_9(**kwargs)

    def _init_9(
        self,
        connections_prefix="airflow/connections",
        connections_lookup_pattern=None,
        variables_prefix="airflow/variables",
        variables_lookup_pattern=None,
        config_prefix="airflow/config",
        config_lookup_pattern=None,
        sep="/",
        extra_conn_words=None,
        **kwargs,
    ):
        self.connections_prefix = connections_prefix.rstrip(sep) if connections_prefix else connections_prefix
        self.variables_prefix = variables_prefix.rstrip(sep) if variables_prefix else variables_prefix
        self.config_prefix = config_prefix.rstrip(sep) if config_prefix else config_prefix
        self.connections_lookup_pattern = connections_lookup_pattern
        self.variables_lookup_pattern = variables_lookup_pattern
        self.config_lookup_pattern = config_lookup_pattern
        self.sep = sep
        self.are_secret_values_urlencoded = False
        self.extra_conn_words = extra_conn_words or {}
        self.kwargs = kwargs

    def _init_8(
        self,
        connections_prefix="airflow/connections",
        connections_lookup_pattern=None,
        variables_prefix="airflow/variables",
        variables_lookup_pattern=None,
        config_prefix="airflow/config",
        config_lookup_pattern=None,
        sep="/",
        extra_conn_words=None,
        **kwargs,
    ):
        self.connections_prefix = connections_prefix.rstrip(sep) if connections_prefix else connections_prefix
        self.variables_prefix = variables_prefix.rstrip(sep) if variables_prefix else variables_prefix
        self.config_prefix = config_prefix.rstrip(sep) if config_prefix else config_prefix
        self.connections_lookup_pattern = connections_lookup_pattern
        self.variables_lookup_pattern = variables_lookup_pattern
        self.config_lookup_pattern = config_lookup_pattern
        self.sep = sep
        kwargs.pop("full_url_mode", None)
        if kwargs.get("are_secret_values_urlencoded") is not None:
            self.are_secret_values_urlencoded = kwargs.pop("are_secret_values_urlencoded", None)
        else:
            self.are_secret_values_urlencoded = False
        self.extra_conn_words = extra_conn_words or {}
        self.kwargs = kwargs

    def secret_name(self, path_prefix, secret_id, lookup_pattern):
        """The SecretId _get_secret asks for, or None when it does not ask."""
        if lookup_pattern and not re.match(lookup_pattern, secret_id, re.IGNORECASE):
            return None
        return f"{path_prefix}{self.sep}{secret_id}" if path_prefix else secret_id

    def _get_secret(self, path_prefix, secret_id, lookup_pattern):
        name = self.secret_name(path_prefix, secret_id, lookup_pattern)
        return None if name is None else self.values.get(name)

    def _standardize_secret_keys(self, secret):
        possible_words_for_conn_fields = {
            "login": ["login", "user", "username", "user_name"],
            "password": ["password", "pass", "key"],
            "host": ["host", "remote_host", "server"],
            "port": ["port"],
            "schema": ["database", "schema"],
            "conn_type": ["conn_type", "conn_id", "connection_type", "engine"],
            "extra": ["extra"],
        }
        for conn_field, extra_words in self.extra_conn_words.items():
            conn_field_backcompat = "login" if conn_field == "user" else conn_field
            possible_words_for_conn_fields[conn_field_backcompat].extend(extra_words)
        conn_d = {}
        for conn_field, possible_words in possible_words_for_conn_fields.items():
            conn_d[conn_field] = next((v for k, v in secret.items() if k in possible_words), None)
        return conn_d

    def _remove_escaping_in_secret_dict(self, secret):
        for k, v in secret.copy().items():
            if k == "extra" and isinstance(v, dict):
                continue
            elif v is not None:
                secret[k] = unquote(v)
        return secret

    def get_conn_value(self, conn_id):
        if self.connections_prefix is None:
            return None
        secret = self._get_secret(self.connections_prefix, conn_id, self.connections_lookup_pattern)
        if secret is not None and secret.strip().startswith("{"):
            secret_dict = json.loads(secret)
            standardized_secret_dict = self._standardize_secret_keys(secret_dict)
            if self.are_secret_values_urlencoded:
                standardized_secret_dict = self._remove_escaping_in_secret_dict(standardized_secret_dict)
            return json.dumps(standardized_secret_dict)
        return secret

    def get_variable(self, key):
        if self.variables_prefix is None:
            return None
        return self._get_secret(self.variables_prefix, key, self.variables_lookup_pattern)


def deserialize(value, profile, conn_id):
    uri_engine, json_engine = ENGINES[profile]
    v = value.strip()
    if v[0] == "{":
        return from_json(v, json_engine, conn_id)
    return from_uri(v, uri_engine, conn_id)


def connection_name(backend, conn_id):
    """The secret name explain reports; raises what the pattern raises."""
    if backend.connections_prefix is None:
        return None
    return backend.secret_name(backend.connections_prefix, conn_id, backend.connections_lookup_pattern)


def explain(value, profile, conn_id="test_id", backend_kwargs=None, provider="9"):
    try:
        probe = SecretsManagerBackend({}, provider, **(backend_kwargs or {}))
        name = connection_name(probe, conn_id)
    except Exception as e:  # noqa: BLE001 - every class is part of the result
        return {"found": True, "secret_name": None, "error": type(e).__name__}
    if name is None:
        return {"found": False, "secret_name": None}
    try:
        backend = SecretsManagerBackend({name: value}, provider, **(backend_kwargs or {}))
        standardized = backend.get_conn_value(conn_id)
        if not standardized:
            return {"found": False, "secret_name": name}
        c = deserialize(standardized, profile, conn_id)
    except Exception as e:  # noqa: BLE001
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


def explain_variable(value, key, backend_kwargs, deserialize_json, provider="9"):
    """get_variable, then Variable.get's json.loads when deserialize_json."""
    try:
        backend = SecretsManagerBackend({}, provider, **backend_kwargs)
        if backend.variables_prefix is None:
            return {"found": False, "secret_name": None}
        name = backend.secret_name(backend.variables_prefix, key, backend.variables_lookup_pattern)
    except Exception as e:  # noqa: BLE001
        return {"found": True, "secret_name": None, "error": type(e).__name__}
    if name is None:
        return {"found": False, "secret_name": None}
    backend.values = {name: value}
    got = backend.get_variable(key)
    result = {"found": True, "secret_name": name, "value": got}
    if deserialize_json:
        try:
            result["json_type"] = type(json.loads(got)).__name__
        except json.JSONDecodeError as e:
            result["json_type"] = None
            result["json_error"] = f"{type(e).__name__}: {e}"
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


# Secrets Manager layer: backend kwargs, secret names, JSON key aliases.
ODD_IDS = ["test_id", "db_main", "DB_MAIN", "/lead", "a/b", "my id", "ümlaut", "", "K", "İ", "i", "x" * 260,
           "a%2Fb", "prod.conn", "١", "a\nb", "ß", "SS", "ſ", "s"]
PREFIX_KWARGS = [
    {}, {"connections_prefix": ""}, {"connections_prefix": "/"}, {"connections_prefix": "airflow/connections/"},
    {"connections_prefix": "airflow/connections//"}, {"connections_prefix": "/airflow/connections"},
    {"connections_prefix": "af", "sep": "-"}, {"connections_prefix": "af--", "sep": "-"},
    {"connections_prefix": "abab", "sep": "ab"}, {"connections_prefix": "baab/", "sep": "ab"},
    {"connections_prefix": "pre/", "sep": ""}, {"connections_prefix": "pre", "sep": "::"},
    {"connections_prefix": "a b ", "sep": " "}, {"connections_prefix": None}, {"variables_prefix": None},
    {"connections_prefix": False}, {"connections_prefix": 0}, {"connections_lookup_pattern": 5},
    {"connections_lookup_pattern": False}, {"connections_prefix": None, "connections_lookup_pattern": "["}, {"sep": "/", "connections_prefix": "p/", "region_name": "eu-west-1"},
]
# Backreferences under IGNORECASE have no faithful JavaScript translation; the
# core reports such patterns as unsupported, so they are not listed here.
PATTERNS = ["^db_", "db_", "DB_", "x$", "", "\\Adb_main\\Z", "[", "(", "a{2,1}", "(?P<n>d)", "İ", "i", "k",
            "\\w+$", ".*prod", "(?i)Db", "a|db", "\\d", "ß", "ss", "s$", "ſ", "[a-z]+_main$", "(?!db)", "$", "^$",
            "\\bmain", "[^/]+$", "\\ud800", "x{300}", "(?:db|prod)[._]"]
PATTERN_IDS = ["db_main", "DB_MAIN", "prod.conn", "", "K", "İ", "i", "ß", "SS", "ſ", "s", "١", "a/b", "x" * 260, "ümlaut"]
EXTRA_CONN_WORDS = [
    {"login": ["usr"]}, {"user": ["usr"]}, {"login": "usr"}, {"login": {"usr": 1}}, {"bogus": ["x"]},
    {"password": ["secret"], "host": ["endpoint"]}, {"schema": ["dbname"]}, {"extra": ["options"]},
    {"conn_type": ["type"]}, {"port": ["p"]}, ["login"], "login", {}, [], None, {"login": 5}, {"login": None},
    {"login": [1, "usr"]}, {"login": []}, {"user": ["a"], "login": ["b"]}, {"Login": ["x"]},
]
WORD_SECRETS = [
    '{"usr": "U", "u": "c", "login": "L", "conn_type": "x"}', '{"u": "c", "usr": "U", "conn_type": "x"}',
    '{"dbname": "d", "engine": "postgres", "host": "h", "username": "u", "password": "p", "port": 5432}',
    '{"secret": "s", "endpoint": "e", "type": "http", "options": {"a": 1}, "p": "80"}',
    '{"a": "x", "b": "y", "conn_type": "z"}', "postgres://u:p@h",
]
ALIAS_SECRETS = [
    '{"user": "a", "username": "b", "conn_type": "x"}', '{"username": "b", "user": "a", "conn_type": "x"}',
    '{"user": "a", "user": "b", "conn_type": "x"}', '{"user": "a", "login": "z", "user": "b", "conn_type": "x"}',
    '{"pass": "p", "key": "k", "conn_type": "x"}', '{"key": "k", "password": "p", "conn_type": "x"}',
    '{"server": "s", "remote_host": "r", "host": "h", "conn_type": "x"}', '{"database": "d", "schema": "s", "conn_type": "x"}',
    '{"connection_type": "a", "conn_id": "b", "engine": "c"}', '{"engine": "postgresql"}', '{"conn_id": "google-cloud"}',
    '{"extra": "{\\"a\\": 1}", "conn_type": "x"}', '{"extra": {"a": 1}, "extra": null, "conn_type": "x"}',
    '{"Login": "L", "USER": "U", "conn_type": "x"}', '{"user": null, "login": "l", "conn_type": "x"}',
    '{"port": "5432", "conn_type": "x"}', '{"port": " 80 ", "conn_type": "x"}', '{"port": "x", "conn_type": "x"}',
    '{"description": "d", "team_name": "t", "uri": "postgres://h", "conn_type": "x"}', '{"user": "u"}',
    ' {"conn_type": "x"}', '\xa0{"conn_type": "x"}', '\u2003{"conn_type": "x"}', '\n{"conn_type": "x"}\n',
    '{"conn_type": "x", "login": "\\ud800"}', '{"conn_type": "x", "password": "\\ud800"}', '{"user": ["a"], "conn_type": "x"}',
    '{"conn_type": "x", "password": "\\u0000"}', '{"conn_type": "x", "extra": "not json"}', '{"conn_type": "x", "extra": [1]}',
    '{"conn_type": "x", "extra": {"password": "p", "nested": {"token": "t"}}}', '{"user_name": "n", "conn_type": "aws"}',
    '{"conn_type": "x", "host": "proto://h", "port": 0}', '{"conn_type": "x", "port": 70000}', '{"engine": 5}',
    '{"conn_type": "x"', '{}', '{"":""}', '{"conn_type": "x", "password": ""}', '{"conn_type": "x", "login": ""}',
    '{"conn_type": "x", "password": "%EF%BB%BFp"}', "s://u:%EF%BB%BFp@h",
]
URLENCODED_SECRETS = [
    '{"user": "u%40x", "password": "p%2F", "conn_type": "x", "extra": {"a": "%41"}}',
    '{"user": "u", "port": 5432, "conn_type": "x"}', '{"user": "u", "port": "5432", "conn_type": "x"}',
    '{"user": "u", "extra": "{\\"a\\": \\"%41\\"}", "conn_type": "x"}', '{"user": "%zz%", "conn_type": "x"}',
    '{"user": ["a"], "conn_type": "x"}', "postgres://u%40x:p@h",
]
PROVIDER_8_KWARGS = [
    {"are_secret_values_urlencoded": True}, {"are_secret_values_urlencoded": False}, {"are_secret_values_urlencoded": 1},
    {"are_secret_values_urlencoded": None}, {"full_url_mode": False}, {"full_url_mode": True, "are_secret_values_urlencoded": True},
    {"connections_lookup_pattern": "^TEST", "are_secret_values_urlencoded": True}, {"connections_lookup_pattern": "^db"},
]
VARIABLE_KWARGS = [
    {}, {"variables_prefix": ""}, {"variables_prefix": None}, {"variables_prefix": "v//", "sep": "/"},
    {"variables_lookup_pattern": "^app_"}, {"variables_lookup_pattern": "["}, {"connections_prefix": None},
    {"variables_prefix": "vars", "sep": "."}, {"variables_lookup_pattern": 5}, {"variables_lookup_pattern": 0},
    {"variables_prefix": None, "variables_lookup_pattern": "["},
]
VARIABLE_IDS = ["k", "app_x", "APP_X", "/lead", "a b", ""]
VARIABLE_VALUES = [
    '{"a": 1}', "[1, 2]", "NaN", "nan", '"s"', "", " ", "1e400", "12345678901234567890123", '{"a": 1,}', "\ufeff{}",
    '{"a": 1, "a": 2}', "true", "null", "{'a': 1}", '"\\ud800"', "\x0c1", " 1 ", "1 2", "Infinity", "-Infinity",
    '{"a": "\\u0000"}', '"\x01"', "1.5", "-0", "[", '{"a": [}', "\u00a01", "01", "1.", ".5", '"\\x"',
]


PATTERN_TOKENS = ["a", "A", "b", "_", ".", "*", "+", "?", "*?", "^", "$", "|", "(", ")", "[", "]", "[a-z]", "[^a]",
                  "-", "\\d", "\\w", "\\W", "\\s", "\\b", "\\B", "{1,2}", "{2}", "ß", "İ", "ı", "k", "K", "s",
                  "ſ", "/", "(?i)", "\\Z", "\\A", "(?:", "(?=", "(?!", "\\.", "é", "É", "\\u00e9", "\\x41", "0", "9"]
ID_TOKENS = ["a", "A", "b", "_", ".", "/", "-", "ß", "SS", "İ", "i", "ı", "I", "k", "K", "K", "s", "S", "ſ", "é", "É",
             "0", "9", "١", " ", "\n"]


def random_pattern_lines(rng, count):
    """Seeded random lookup patterns and ids: re.match(p, id, re.IGNORECASE)."""
    out = []
    for _ in range(count):
        pattern = "".join(rng.choice(PATTERN_TOKENS) for _ in range(rng.randint(1, 5)))
        conn_id = "".join(rng.choice(ID_TOKENS) for _ in range(rng.randint(0, 5)))
        out.append(("x://h", "af3_2_task", conn_id, {"connections_lookup_pattern": pattern}, "9"))
    return out


URI_TOKENS = ["postgres", "postgresql", "s", "MySQL", "a-b", "a_b", "://", ":", "//", "/", "?", "#", "@", "[", "]",
              "::1", "v1.x", "1.2.3.4", "%", "%2F", "%40", "%zz", "%E2%82%AC", "%C3", "%ED%A0%80", "%EF%BB%BF", "+",
              "=", "&", ";", "__extra__", "%7B%22a%22%3A1%7D", "%5B1%5D", "h", "H", "80", "0", "65536", "٨", "é", "℀",
              "／", " ", "\t", "\n", "\x00", "\ufeff", "\u00a0", "İ", "ß", "\ud800", "𝒳", "u", "p", "{", "}", '"']
JSON_KEYS = ["conn_type", "host", "login", "password", "schema", "port", "extra", "description", "uri", "conn_id",
             "team_name", "user", "pass", "key", "engine", "database", "dbname", "server", "username", "x"]
JSON_LEAVES = ["null", "true", "false", "0", "1", "-1", "5432", "1.5", "1e400", "NaN", "-Infinity", '""', '"x"',
               '"5432"', '" 80 "', '"postgres"', '"google-cloud"', '"h"', '"a/b"', '"\\ud800"', '"é"', "[]", "[1]",
               "{}", '{"a": 1}', '{"password": "p"}', '"{\\"a\\": 1}"', '"[1]"', '"x://h"', "12345678901234567890"]


def random_uri_lines(rng, count):
    """Seeded random URI-shaped values through the full secrets path."""
    out = []
    for i in range(count):
        value = "".join(rng.choice(URI_TOKENS) for _ in range(rng.randint(1, 12)))
        out.append((value, PROFILES[i % len(PROFILES)], "test_id", {}, "9"))
    return out


def random_json_lines(rng, count):
    """Seeded random JSON secrets: alias keys and odd values, every profile."""
    out = []
    for i in range(count):
        fields = [f'"{rng.choice(JSON_KEYS)}": {rng.choice(JSON_LEAVES)}' for _ in range(rng.randint(0, 5))]
        out.append(("{" + ", ".join(fields) + "}", PROFILES[i % len(PROFILES)], "test_id", {}, "9"))
    return out


def backend_lines():
    """(value, profile, id, backend_kwargs, provider) for the backend layer."""
    out = []
    values = ["postgres://u:p@h:5432/db", '{"conn_type": "x", "login": "u"}']
    for kwargs in PREFIX_KWARGS:
        for conn_id in ODD_IDS:
            for value in values:
                out.append((value, "af3_2_task", conn_id, kwargs, "9"))
    for pattern in PATTERNS:
        for conn_id in PATTERN_IDS:
            out.append((values[0], "af3_2_task", conn_id, {"connections_lookup_pattern": pattern}, "9"))
    for words in EXTRA_CONN_WORDS:
        for value in WORD_SECRETS:
            for profile in PROFILES:
                out.append((value, profile, "test_id", {"extra_conn_words": words}, "9"))
    for value in ALIAS_SECRETS:
        for profile in PROFILES:
            out.append((value, profile, "test_id", {}, "9"))
    for kwargs in PROVIDER_8_KWARGS:
        for value in URLENCODED_SECRETS + ALIAS_SECRETS[:4]:
            for provider in ["8", "9"]:
                out.append((value, "af2", "test_id", kwargs, provider))
    out.extend(random_pattern_lines(random.Random(20261121), 1500))
    out.extend(random_uri_lines(random.Random(20261122), 2000))
    out.extend(random_json_lines(random.Random(20261123), 1000))
    return out


def write(line):
    sys.stdout.write(json.dumps(line, separators=(",", ":")) + "\n")


def main():
    warnings.simplefilter("ignore", FutureWarning)  # "possible nested set" in random patterns
    seen = set()
    values = uri_inputs() + JSONS
    for value in values:
        if value in seen:
            continue
        seen.add(value)
        for profile in PROFILES:
            write({"kind": "connection", "value": value, "profile": profile, "expected": explain(value, profile)})
    seen = set()
    for value, profile, conn_id, kwargs, provider in backend_lines():
        key = json.dumps([value, profile, conn_id, kwargs, provider])
        if key in seen:
            continue
        seen.add(key)
        line = {"kind": "connection", "value": value, "id": conn_id, "backend_kwargs": kwargs, "profile": profile}
        if provider != "9":
            line["amazon_provider"] = provider
        line["expected"] = explain(value, profile, conn_id, kwargs, provider)
        write(line)
    for kwargs in VARIABLE_KWARGS:
        for key in VARIABLE_IDS:
            for value in VARIABLE_VALUES:
                for deserialize_json in [False, True]:
                    write({"kind": "variable", "value": value, "id": key, "backend_kwargs": kwargs,
                           "deserialize_json": deserialize_json,
                           "expected": explain_variable(value, key, kwargs, deserialize_json)})


if __name__ == "__main__":
    main()
