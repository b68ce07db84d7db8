"""
Expected results of the urllib.parse and ipaddress functions the connection
parser ports (src/core/python/urllib.ts, ipaddress.ts), computed by CPython
itself. Regenerate the fixture with CPython 3.11.7:

    python3 scripts/oracle/urllib_cases.py > __tests__/fixtures/python/urllib.json

Hand-picked cases come first; each table then gets a deterministic batch of
random strings over an alphabet of the characters that matter to the parser.
"""
import ipaddress
import json
import random
import sys
from urllib.parse import (
    SplitResult,
    parse_qsl,
    quote,
    quote_plus,
    unquote,
    urlencode,
    urlsplit,
)

TOKENS = [
    "a", "Z", "0", "9", ":", "/", "//", "?", "#", "@", "[", "]", "%", "%2F", "%2f",
    "%41", "%zz", "%E2%82%AC", "%C3", "%ff", "v", "V", ".", "+", "-", "_", " ",
    "\t", "\n", "\x00", "\x1f", "é", "℀", "／", "\ud800", "𝒳", "=", "&", ";",
    "::", "1", "fe80", "%25", "eth0", "http", "s", "1.2.3.4", "ＡＢ", "ß", "İ",
]


def fuzz(rng, count, tokens=TOKENS, max_len=12):
    out = []
    for _ in range(count):
        out.append("".join(rng.choice(tokens) for _ in range(rng.randint(0, max_len))))
    return out


def error_of(exc):
    return {"error": type(exc).__name__, "message": str(exc)}


# --- urlsplit -----------------------------------------------------------------

SPLIT = [
    "", "http://example.com/path?q=1#frag", "HTTP://Example.COM", "host:5432",
    "localhost", "//host/path", "///path", "s://h#f?x=1", "s://h?x=1#f",
    "  \x00\x1f http://h", "http://h  ", "ht\ttp://h\n/p\r", "1abc://h",
    "-x://h", "a+b.c-d://h", "a_b://h", ":x", "a:", "a:b:c", "s://u:p@h:80/p",
    "s://a@b@c", "s://[::1]:80/p", "s://[::1", "s://::1]", "s://[v1.x]",
    "s://[v1.]", "s://[vz.x]", "s://[V1.x]", "s://[1.2.3.4]", "s://[fe80::1%25eth0]",
    "s://[fe80::1%eth0]", "s://[::ffff:1.2.3.4]", "s://[1:2:3:4:5:6:7:8:9]",
    "s://[:::]", "s://u[::1]@h", "s://[::1]x:80", "s://exa℀mple", "s://h／x",
    "s://é.com", "s://ＡＢ.com", "s://h/℀", "s://h?x=℀", "s://h@℀", "mailto:a@b",
    "s://h?a=1?b=2", "s://h#a#b", "s:?x", "s:#x", "s://", "s:///", "//", "?",
    "#", "s://h%2Fx/p", "s://[", "s://]", "s://a[b]c", "s://[]", "//[::1]",
    "http://https://host", "s://u:p@[::1]:5432", "s://h:80:90",
]


def split_case(s):
    try:
        return {"input": s, "expected": list(urlsplit(s))}
    except ValueError as e:
        return {"input": s, **error_of(e)}


# --- netloc accessors -------------------------------------------------------

NETLOCS = [
    "", "h", "H.Example.COM", "u@h", "u:p@h", ":p@h", "u:@h", "@h", "a@b@c",
    "u:p:q@h", "h:80", "h:", "h:80:90", "h: 80", "h:+80", "h:-1", "h:٨٠",
    "h:0x50", "h:8_0", "h:80 ", "h:65535", "h:65536", "h:0", "h:00080",
    "h:0000000000000000080", "h:99999999999999999999", "[::1]", "[::1]:80",
    "[::1]x:80", "[::1]:", "[::1", "u:p@[::1]:5432", "[FE80::1%25ETH0]",
    "[Fe80::A%Zone]", "ÉCOLE", "ΣΑΣ", "İSTANBUL", "ẞ", "u[x]@h:1", "u:p@",
    "%41%2F:80", "h:８０", "[a]b[c]:7", "h:1:2@x:3",
]


def netloc_case(netloc):
    r = SplitResult("", netloc, "", "", "")
    host, port_text = r._hostinfo
    case = {
        "netloc": netloc,
        "username": r.username,
        "password": r.password,
        "host": host,
        "port_text": port_text,
        "hostname": r.hostname,
    }
    try:
        case["port"] = r.port
    except ValueError as e:
        case["port_error"] = str(e)
    return case


# --- unquote ------------------------------------------------------------------

UNQUOTE = [
    "", "plain", "a+b", "%", "%%", "%2", "%zz", "%2F", "%2f", "%41%42",
    "%E2%82%AC", "%e2%82%ac", "%E2%82", "%E2%82%ACx", "%C3", "%C3%28", "%ff",
    "%80", "%C0%AF", "%ED%A0%80", "%F0%9F%98%80", "%F0%9F%98", "%F4%90%80%80",
    "%F8%88%80%80%80", "é%41é", "€%E2%82%AC€", "%E2é%82%AC", "𝒳%20𝒳",
    "\ud800%41", "%41\ud800%42", "%%41", "%4%41", "%-1", "% 1", "%0a%00",
    "a%2Bb+c", "%E2%82%AC%E2", "%EF%BB%BF", "%C2", "%C2%A0", "%E0%80%80",
    "%F0%80%80%80", "%E1%80%E1%80%80", "%FF%FE",
]

# --- quote / quote_plus -----------------------------------------------------

QUOTE = [
    ("", "/"), ("abc", "/"), ("a b", "/"), ("a/b", "/"), ("a/b", ""),
    ("a:b@c", ""), ("a:b@c", ":@"), ("~_.-", ""), ("ä", ""), ("€", ""),
    ("𝒳", ""), ("\ud800", ""), ("a\udfffb", ""), ("%", ""), ("+", ""),
    ("a+b c", "+"), ("é", "é"), ("\x00\x7f", ""), ("!*'();:@&=+$,/?#[]", ""),
    ("!*'();:@&=+$,/?#[]", "!*'()"), ("AZaz09", ""),
]


def quote_case(fn, text, safe):
    try:
        return {"input": text, "safe": safe, "expected": fn(text, safe=safe)}
    except UnicodeEncodeError as e:
        return {"input": text, "safe": safe, "error": type(e).__name__}


# --- parse_qsl --------------------------------------------------------------

QSL = [
    "", "a=1", "a=1&b=2", "a=1;b=2", "a", "a=", "=b", "=", "&&", "a=1&&b=2",
    "a=1&a=2", "a=1&b=2&a=3", "x=a+b", "x=%2B", "a+b=c+d", "a=b=c", "%zz=%",
    "k=%7B%22a%22%3A+1%7D", "é=%C3%A9", "a=%ud800", "a=%E2%82", "+=+",
    "a&b&a=1", ";", "a=1;", "&a", "a=\ud800",
]

# --- urlencode ---------------------------------------------------------------

URLENCODE = [
    '{}', '{"a": "1"}', '{"a b": "c d"}', '{"a": 1}', '{"a": 1.0}',
    '{"a": 1e16}', '{"a": true}', '{"a": null}', '{"a": [1, "x"]}',
    '{"a": {"b": "c"}}', '{"a": "\\u00e9"}', '{"a": "~_.-"}', '{"a": "+&="}',
    '{"a": "\\ud800"}', '{"a": ["\\ud800"]}', '{"a": NaN}', '{"a": -Infinity}',
    '{"a": 12345678901234567890123}', '[]', '[1]', '""', '"ab"', '5', 'null',
    '{"a": "1", "b": "2"}', '{"a": "x\'y"}', '{"a": {"k": "it\'s"}}',
]


def urlencode_case(text):
    try:
        return {"input_json": text, "expected": urlencode(json.loads(text))}
    except (TypeError, UnicodeEncodeError) as e:
        return {"input_json": text, "error": type(e).__name__}


# --- ipaddress ----------------------------------------------------------------

IP = [
    "", "1.2.3.4", "0.0.0.0", "255.255.255.255", "256.1.1.1", "01.2.3.4",
    "1.2.3", "1.2.3.4.5", "1..3.4", "1.2.3.4/32", " 1.2.3.4", "١.2.3.4",
    "1.2.3.0004", "::", "::1", "1::", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7",
    "1:2:3:4:5:6:7:8:9", "1::2::3", ":1:2:3:4:5:6:7", "1:2:3:4:5:6:7:",
    ":::", "1:2:3:4:5:6:7::", "::1:2:3:4:5:6:7", "1:2:3:4:5:6::7",
    "::ffff:1.2.3.4", "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4",
    "::ffff:256.1.1.1", "fe80::1%eth0", "fe80::1%", "fe80::1%a%b", "%eth0",
    "::12345", "::g", "FFFF::", "::/64", "1:2", "1:2:3", ":", "::1.2.3",
    "1:2:3:4:5:6:7:8%z", "0:0:0:0:0:0:0:0", "::0:0:0:0:0:0:0", "::00000",
]


def ip_case(text):
    def ok(cls):
        try:
            cls(text)
            return True
        except ValueError:
            return False

    return {"input": text, "ipv4": ok(ipaddress.IPv4Address), "ipv6": ok(ipaddress.IPv6Address)}


def ip_like(rng, count):
    """Colon-separated groups, sometimes with an IPv4 tail or a zone."""
    out = []
    for _ in range(count):
        groups = ["".join(rng.choice("0f9aA") for _ in range(rng.choice([0, 1, 1, 2, 4, 4, 5])))
                  for _ in range(rng.randint(1, 10))]
        text = ":".join(groups)
        if rng.random() < 0.2:
            text += ":" + ".".join(str(rng.choice([0, 1, 255, 256, 12])) for _ in range(rng.choice([3, 4, 4])))
        if rng.random() < 0.15:
            text += "%" + rng.choice(["", "eth0", "a%b"])
        out.append(text)
    return out


def main():
    rng = random.Random(20260311)
    ip_tokens = ["0", "1", "9", "f", "F", "g", ":", "::", ".", "%", "a", "255", "256", "01", "/", "ffff", "12345"]
    qs_tokens = ["a", "=", "&", ";", "+", "%", "%2B", "%zz", "%C3", "%A9", "é", " ", "\ud800", "x"]
    out = {
        "python": sys.version.split()[0],
        "urlsplit": [split_case(s) for s in SPLIT + fuzz(rng, 600)],
        "netloc": [netloc_case(n) for n in NETLOCS + fuzz(rng, 300)],
        "unquote": [[s, unquote(s)] for s in UNQUOTE + fuzz(rng, 300)],
        "quote": [quote_case(quote, t, s) for t, s in QUOTE],
        "quote_plus": [quote_case(quote_plus, t, s) for t, s in QUOTE],
        "parse_qsl": [
            {"input": q, "expected": parse_qsl(q, keep_blank_values=True),
             "dict": list(dict(parse_qsl(q, keep_blank_values=True)).items())}
            for q in QSL + fuzz(rng, 200, qs_tokens)
        ],
        "urlencode": [urlencode_case(t) for t in URLENCODE],
        "ipaddress": [ip_case(t) for t in IP + fuzz(rng, 200, ip_tokens, 14) + ip_like(rng, 400)],
    }
    sys.stdout.write(json.dumps(out, indent=1) + "\n")


if __name__ == "__main__":
    main()
