#!/usr/bin/env python3
"""Writes Sources/App/Resources/openapi.json, the OpenAPI 3.1 description of /api/v1.

Edit the routes and schemas here and run `python3 scripts/openapi.py`; the Swift test
OpenAPITests fails when a registered /api route is missing from the document or the
document names one that does not exist.
"""
import json

def ref(kind, name): return {"$ref": f"#/components/{kind}/{name}"}
S = lambda n: ref("schemas", n)

LT = S("LocalizedText")

def ok(schema_name, desc):
    return {"description": desc,
            "headers": {"X-Request-ID": ref("headers", "XRequestID"),
                        "Content-Language": ref("headers", "ContentLanguage")},
            "content": {"application/json": {"schema": S(schema_name)}}}

def op(op_id, summary, tags, desc, schema, okdesc, params=(), errors=()):
    o = {"operationId": op_id, "summary": summary, "description": desc, "tags": tags,
         "security": [],
         "parameters": list(params) + [ref("parameters", "Lang")],
         "responses": {"200": ok(schema, okdesc)}}
    for code, name in errors:
        o["responses"][code] = ref("responses", name)
    return {"get": o}

policy_503 = ("503", "ServiceUnavailable")

paths = {
  "/api/v1/measures": op("listMeasures", "List the policy measures", ["Policy"],
      "All measures of the active policy (M1, M2, …) in policy order. List items carry no "
      "`tasks` or `targets`; fetch `/api/v1/measures/{code}` for those.",
      "MeasureList", "The measures of the active policy.", errors=[policy_503]),
  "/api/v1/measures/{code}": op("getMeasure", "Get one measure with its tasks and targets", ["Policy"],
      "One measure of the active policy with its tasks (one per 责任单位 clause) and its yearly "
      "targets. The code is matched case-insensitively (`m1` finds `M1`).",
      "Measure", "The measure, with `tasks` and `targets` present (possibly empty arrays).",
      params=[ref("parameters", "MeasureCode")],
      errors=[("404", "NotFound"), policy_503]),
  "/api/v1/departments": op("listDepartments", "List the responsible departments", ["Policy"],
      "All departments named by the active policy (责任单位), in policy order, each with the codes "
      "of the measures it is responsible for.",
      "DepartmentList", "The departments of the active policy.", errors=[policy_503]),
  "/api/v1/policy": op("getActivePolicy", "Get the active policy version and its yearly targets", ["Policy"],
      "Which policy file is active (id, version, effective date, SHA-256 checksum, activation time), "
      "how many measures and departments it defines, and all of its yearly targets.",
      "ActivePolicy", "The active policy.", errors=[policy_503]),
  "/api/v1/occupations": op("listOccupations", "Search the occupation catalogue", ["Reference data"],
      "Occupations and occupation groups of the national occupational classification (2022 edition, "
      "《中华人民共和国职业分类大典》) as shipped with the platform. Ordered digital occupations "
      "(数字职业) first, then by code. Keyset pagination: the response's `nextCursor` is passed back "
      "as `cursor` to get the next page; it is null on the last page. `total` counts every row "
      "matching `q` and `digital`, independent of the page.",
      "OccupationPage", "One page of matching occupations.",
      params=[ref("parameters", "Keyword"), ref("parameters", "DigitalOnly"),
              ref("parameters", "Limit"), ref("parameters", "Cursor")],
      errors=[("400", "BadRequest")]),
  "/api/v1/districts": op("listDistricts", "List Zibo's districts, counties and zones", ["Reference data"],
      "Zibo's districts (区), counties (县) and functional zones (功能区), ordered by code. Districts and "
      "counties use their six-digit administrative division codes; zones use platform codes such as "
      "`ZONE-HT`.",
      "DistrictList", "All districts, counties and zones."),
  "/api/v1/industry-chains": op("listIndustryChains", "List Zibo's key industry chains", ["Reference data"],
      "The key industry chains (重点产业链) known to the platform, ordered by code.",
      "IndustryChainList", "All key industry chains."),
  "/api/v1/openapi.json": op("getOpenAPIDocument", "Get this OpenAPI document", ["Meta"],
      "This OpenAPI 3.1 description of the JSON API.",
      "OpenAPIDocument", "The OpenAPI document."),
}

def obj(props, required, desc=None, **kw):
    s = {"type": "object"}
    if desc: s["description"] = desc
    s.update({"required": required, "properties": props, "additionalProperties": False})
    s.update(kw)
    return s

def items_of(name, desc):
    return obj({"items": {"type": "array", "items": S(name)}}, ["items"], desc)

dept_codes = {"type": "array", "description": "Codes of the responsible departments (see `/api/v1/departments`).",
              "items": {"type": "string", "examples": ["HRSS"]}}

schemas = {
  "LocalizedText": obj({"zh": {"type": "string", "minLength": 1, "description": "Chinese (simplified); authoritative."},
                        "en": {"type": "string", "minLength": 1, "description": "English."}},
                       ["zh", "en"], "A text in both languages of the platform: Chinese first, English second. Both are always present and non-empty.",
                       examples=[{"zh": "数字技术工程师培训人数", "en": "Digital technology engineers trained"}]),
  "Measure": obj({
      "code": {"type": "string", "pattern": "^M[0-9]+$", "examples": ["M1"], "description": "Measure code, M1 … Mn."},
      "number": {"type": "integer", "minimum": 1, "description": "Position of the measure in the policy text."},
      "title": LT, "summary": {**LT, "description": "What the platform does for this measure (not policy text)."} if False else LT,
      "departments": dept_codes,
      "tasks": {"type": "array", "items": S("MeasureTask"),
                "description": "Only on `/api/v1/measures/{code}`: the measure split into tasks, one per 责任单位 clause."},
      "targets": {"type": "array", "items": S("Target"),
                  "description": "Only on `/api/v1/measures/{code}`: the yearly targets of this measure."}},
      ["code", "number", "title", "summary", "departments"],
      "A measure (措施) of the active policy. `tasks` and `targets` are present only on the single-measure route and omitted from list items."),
  "MeasureTask": obj({"text": LT, "departments": dept_codes}, ["text", "departments"],
      "One task of a measure and the departments responsible for it."),
  "Target": obj({
      "id": {"type": "string", "examples": ["m1-engineers-trained"]},
      "measure": {"type": "string", "pattern": "^M[0-9]+$", "description": "Code of the measure the target belongs to.", "examples": ["M1"]},
      "metric": {"type": "string", "description": "Key under which the actual figure is computed.", "examples": ["engineers_trained"]},
      "label": LT,
      "comparison": {"type": "string", "enum": ["at_least", "at_most", "exactly"],
                     "description": "How the actual figure is compared with `value` (≥, ≤, =)."},
      "value": {"type": "integer", "description": "The target figure.", "examples": [200]},
      "unit": {"type": "string", "enum": ["person", "session", "event", "edition", "percent"]},
      "period": {"type": "string", "enum": ["year"], "description": "Targets are per calendar year."},
      "departments": dept_codes},
      ["id", "measure", "metric", "label", "comparison", "value", "unit", "period", "departments"],
      "A yearly quantitative target (年度目标) of a measure, e.g. M1 “at least 200 engineers trained per year”. "
      "Targets are not hard-coded: they come from the active policy file, which an administrator can replace "
      "(next year's targets, another city's measures) without a rebuild. A target is met when the actual figure "
      "for the year compares to `value` as `comparison` says."),
  "Department": obj({
      "code": {"type": "string", "pattern": "^[A-Z0-9]+$", "examples": ["HRSS"]},
      "shortName": LT, "fullName": LT,
      "lead": {"type": "boolean", "description": "True for the lead department (牵头单位)."},
      "measures": {"type": "array", "items": {"type": "string", "examples": ["M1"]},
                   "description": "Codes of the measures this department is responsible for."}},
      ["code", "shortName", "fullName", "lead", "measures"], "A responsible department (责任单位) of the policy."),
  "ActivePolicy": obj({
      "id": {"type": "string", "examples": ["zibo-digital-talent-2025"]},
      "version": {"type": "integer", "examples": [1]},
      "effectiveDate": {"type": "string", "format": "date", "examples": ["2025-04-11"],
                        "description": "Calendar date (YYYY-MM-DD) from which the policy applies."},
      "title": LT,
      "checksum": {"type": "string", "pattern": "^[0-9a-f]{64}$", "description": "SHA-256 (hex) of the policy file text."},
      "activatedAt": {"type": "string", "format": "date-time", "examples": ["2025-04-11T08:00:00Z"],
                      "description": "When this version became active. Encoded by Vapor's default JSON encoder "
                                     "(date strategy ISO 8601), i.e. an RFC 3339 UTC timestamp without fractional seconds."},
      "measures": {"type": "integer", "minimum": 0, "description": "Number of measures in the policy."},
      "departments": {"type": "integer", "minimum": 0, "description": "Number of departments in the policy."},
      "targets": {"type": "array", "items": S("Target"), "description": "All yearly targets of the policy."}},
      ["id", "version", "effectiveDate", "title", "checksum", "activatedAt", "measures", "departments", "targets"],
      "The policy version currently in force."),
  "Occupation": obj({
      "code": {"type": "string", "examples": ["2-02-10-09"],
               "description": "2022 classification code: `d-dd-dd-dd` for an occupation, `d-dd-dd` for a group (small category)."},
      "name": LT,
      "kind": {"type": "string", "enum": ["group", "occupation"],
               "description": "`group` = small category (小类) header; `occupation` = occupation (职业/细类)."},
      "isDigital": {"type": "boolean", "description": "Digital occupation (marked S); for a group, true when it holds at least one digital occupation."},
      "aliases": {"type": "array", "items": {"type": "string"}, "description": "Older codes meaning the same occupation."},
      "verified": {"type": "boolean", "description": "True when code and name were confirmed from a source."}},
      ["code", "name", "kind", "isDigital", "aliases", "verified"], "An entry of the occupation catalogue."),
  "OccupationPage": obj({
      "items": {"type": "array", "items": S("Occupation")},
      "total": {"type": "integer", "minimum": 0, "description": "Number of occupations matching the filters, over all pages."},
      "nextCursor": {"type": ["string", "null"], "examples": ["d.2-02-10-09"],
                     "description": "Opaque keyset cursor for the next page: pass it back unchanged as `cursor`. "
                                    "Null on the last page (there are no more rows)."}},
      ["items", "total"], "One page of an occupation search (keyset pagination)."),
  "District": obj({
      "code": {"type": "string", "examples": ["370302", "ZONE-HT"],
               "description": "Six-digit administrative division code, or a `ZONE-…` platform code for a functional zone."},
      "name": LT,
      "kind": {"type": "string", "enum": ["district", "county", "zone"]}},
      ["code", "name", "kind"], "A district (区), county (县) or functional zone (功能区) of Zibo."),
  "IndustryChain": obj({
      "code": {"type": "string", "examples": ["next-gen-it"]},
      "name": LT,
      "source": {"type": "string", "examples": ["seed", "admin"],
                 "description": "Where the entry comes from: `seed` = named in the policy text, `admin` = added by an administrator."}},
      ["code", "name", "source"], "A key industry chain (重点产业链)."),
  "MeasureList": items_of("Measure", "The measures of the active policy, in policy order."),
  "DepartmentList": items_of("Department", "The departments of the active policy, in policy order."),
  "DistrictList": items_of("District", "Districts, counties and zones, ordered by code."),
  "IndustryChainList": items_of("IndustryChain", "Key industry chains, ordered by code."),
  "Problem": obj({
      "type": {"type": "string", "const": "about:blank"},
      "title": {"type": "string", "description": "HTTP reason phrase, e.g. `Not Found`."},
      "status": {"type": "integer", "minimum": 400, "maximum": 599},
      "detail": {"type": "string", "description": "Explanation for this occurrence; omitted for 5xx errors (they never show internals) and when there is none."},
      "instance": {"type": "string", "description": "Path of the request.", "examples": ["/api/v1/measures/M99"]},
      "requestId": {"type": "string", "description": "Same value as the `X-Request-ID` response header; quote it when reporting a problem."}},
      ["type", "title", "status", "instance", "requestId"],
      "RFC 9457 problem details, sent as `application/problem+json` for every error under `/api/`."),
  "OpenAPIDocument": {"type": "object", "description": "An OpenAPI 3.1 document (this one).",
                      "required": ["openapi", "info", "paths"],
                      "properties": {"openapi": {"type": "string", "pattern": "^3\\.1\\."}},
                      "additionalProperties": True},
}
schemas["Measure"]["properties"]["summary"] = {"$ref": "#/components/schemas/LocalizedText",
    "description": "What the platform does for this measure (not policy text)."}

def problem_resp(desc, example):
    return {"description": desc,
            "headers": {"X-Request-ID": ref("headers", "XRequestID"),
                        "Content-Language": ref("headers", "ContentLanguage")},
            "content": {"application/problem+json": {"schema": S("Problem"), "example": example}}}

rid = "3F2504E0-4F89-11D3-9A0C-0305E82C3301"
responses = {
  "BadRequest": problem_resp("A query parameter is invalid (occupations: `limit` not a whole number from 1 to 200, "
                             "or `cursor` malformed). `detail` names the parameter in the language chosen by `lang`.",
      {"type": "about:blank", "title": "Bad Request", "status": 400,
       "detail": "The parameter limit must be a whole number from 1 to 200.",
       "instance": "/api/v1/occupations", "requestId": rid}),
  "NotFound": problem_resp("No such resource (e.g. no measure with that code).",
      {"type": "about:blank", "title": "Not Found", "status": 404,
       "detail": "No measure M99; measures are M1 to M12.", "instance": "/api/v1/measures/M99", "requestId": rid}),
  "ServiceUnavailable": problem_resp("The policy file is not loaded yet (during start-up); retry later.",
      {"type": "about:blank", "title": "Service Unavailable", "status": 503,
       "instance": "/api/v1/measures", "requestId": rid}),
}

parameters = {
  "Lang": {"name": "lang", "in": "query", "required": False,
           "description": "Language of the response's localized texts such as error `detail` messages: `zh` (default) or `en`. "
                          "A valid value is also remembered in a `lang` cookie for later requests; without the parameter the "
                          "cookie, then Chinese, applies. Other values are ignored. Data fields are always bilingual (`LocalizedText`).",
           "schema": {"type": "string", "enum": ["zh", "en"], "default": "zh"}},
  "MeasureCode": {"name": "code", "in": "path", "required": True,
                  "description": "Measure code, case-insensitive (`M1` or `m1`).",
                  "schema": {"type": "string", "examples": ["M1"]}},
  "Keyword": {"name": "q", "in": "query", "required": False,
              "description": "Keyword matched (case-insensitive substring) against code, aliases and both names. Trimmed; "
                             "`%`, `_` and `\\` are removed; at most the first 64 characters are used. Empty means no keyword filter.",
              "schema": {"type": "string"}, "examples": {"data": {"value": "数据"}}},
  "DigitalOnly": {"name": "digital", "in": "query", "required": False,
                  "description": "`true`, `1`, `on` or `yes` (case-insensitive) returns digital occupations only; anything else or absent returns all.",
                  "schema": {"type": "string", "examples": ["true"]}},
  "Limit": {"name": "limit", "in": "query", "required": False,
            "description": "Page size, a whole number from 1 to 200. Anything else is a 400.",
            "schema": {"type": "integer", "minimum": 1, "maximum": 200, "default": 50}},
  "Cursor": {"name": "cursor", "in": "query", "required": False,
             "description": "The `nextCursor` of the previous page, passed back unchanged (format `d.CODE` or `o.CODE`). "
                            "Absent or empty starts at the first page; a malformed cursor is a 400.",
             "schema": {"type": "string", "pattern": "^[do]\\..{1,32}$"}},
}

headers = {
  "XRequestID": {"description": "Id of this request: the caller's `X-Request-ID` when it is 1–64 characters of letters, digits, "
                                "`-`, `_`, `.`; otherwise a new UUID. Sent on every response and written on every log line of the request.",
                 "required": True, "schema": {"type": "string", "maxLength": 64}},
  "ContentLanguage": {"description": "Language chosen for the response (`zh-Hans` or `en`), see the `lang` parameter.",
                      "schema": {"type": "string", "enum": ["zh-Hans", "en"]}},
}

# ---------------------------------------------------------------------------
# Signed-in routes: accounts, organisations, tokens, audit trail.
# ---------------------------------------------------------------------------

READ_SECURITY = [{"bearerToken": []}, {"sessionCookie": []}]
# The session cookie is ignored on API writes (it would bypass the CSRF check that
# guards forms), so writes list the bearer token only.
WRITE_SECURITY = [{"bearerToken": []}]

STD_HEADERS = {"X-Request-ID": ref("headers", "XRequestID"),
               "Content-Language": ref("headers", "ContentLanguage")}

def ok_status(schema_name, desc):
    return {"description": desc, "headers": dict(STD_HEADERS),
            "content": {"application/json": {"schema": S(schema_name)}}}

def problem_example(status, title, detail, instance, errors=None):
    e = {"type": "about:blank", "title": title, "status": status}
    if detail is not None:
        e["detail"] = detail
    e["instance"] = instance
    e["requestId"] = rid
    if errors is not None:
        e["errors"] = errors
    return e

FORCED = ("or the account must choose its own password first (first sign-in or after a reset; "
          "`detail` says so)")

def forbidden(desc, instance, detail="You are not allowed to do this."):
    return problem_resp(desc, problem_example(403, "Forbidden", detail, instance))

def authed(method, op_id, summary, tags, desc, responses_, params=(), body=None, security=READ_SECURITY):
    o = {"operationId": op_id, "summary": summary, "description": desc, "tags": tags,
         "security": security,
         "parameters": list(params) + [ref("parameters", "Lang")]}
    if body is not None:
        o["requestBody"] = body
    o["responses"] = responses_
    return method, o

new_ops = [
  ("/api/v1/me", *authed("get", "getCurrentUser", "Get the signed-in account", ["Accounts"],
      "The account the request is authenticated as (by bearer token or session cookie). Every role may call it.",
      {"200": ok_status("User", "The caller's account."),
       "401": ref("responses", "Unauthorized"),
       "403": forbidden("The account must choose its own password first (first sign-in or after a reset).",
                        "/api/v1/me",
                        "Before you continue, choose your own password (first sign-in or after a reset).")})),
  ("/api/v1/users", *authed("get", "listUsers", "List the accounts the caller may see", ["Accounts"],
      "Accounts ordered by display name (at most 500), restricted by the database to the rows the caller "
      "may see:\n\n"
      "| Caller | Rows |\n|---|---|\n"
      "| `admin` | all accounts |\n"
      "| `officer` | accounts of the officer's department (`departmentCode`) |\n"
      "| `provider`, `employer` | accounts of the caller's organisation (`organizationID`) |\n"
      "| `talent` | — (403) |\n\n"
      "A caller whose role needs a department or organisation it does not have sees an empty list. "
      "`role` narrows the rows further.",
      {"200": ok_status("UserList", "The visible accounts (possibly none)."),
       "400": problem_resp("`role` is not one of the roles (an empty `role=` counts as invalid).",
           problem_example(400, "Bad Request", "Choose a valid role.", "/api/v1/users")),
       "401": ref("responses", "Unauthorized"),
       "403": forbidden("The caller is a `talent` (who may see only their own account, at `/api/v1/me`), " + FORCED + ".",
                        "/api/v1/users")},
      params=[ref("parameters", "UserRole")])),
  ("/api/v1/organizations", *authed("get", "listOrganizations", "List the organisations the caller may see",
      ["Organizations"],
      "Registered organisations ordered by name (at most 500):\n\n"
      "| Caller | Rows |\n|---|---|\n"
      "| `admin`, `officer` | all organisations |\n"
      "| `provider`, `employer` | their own organisation only (an empty list if the account has none) |\n"
      "| `talent` | — (403) |",
      {"200": ok_status("OrganizationList", "The visible organisations (possibly none)."),
       "401": ref("responses", "Unauthorized"),
       "403": forbidden("The caller is a `talent`, " + FORCED + ".", "/api/v1/organizations")})),
  ("/api/v1/organizations", *authed("post", "createOrganization", "Register an organisation", ["Organizations"],
      "Administrators only. Every field is validated, all at once; if any is invalid nothing is stored and the "
      "answer is a 422 whose `errors` names each invalid field with a message in the language chosen by `lang`. "
      "A created organisation is recorded in the audit trail (`organization.create`).\n\n"
      "Needs a bearer token with scope `read_write`: the session cookie is not accepted for writes.",
      {"201": ok_status("Organization", "The organisation was created; the body is the stored organisation "
                        "(credit code normalised to upper case)."),
       "400": problem_resp("The body is not well-formed JSON, or a field has the wrong JSON type (e.g. a number "
                           "for `name`). `detail` describes the decoding error (in English, from the decoder).",
           problem_example(400, "Bad Request", "Value of type 'String' required for key 'name'.",
                           "/api/v1/organizations")),
       "401": ref("responses", "Unauthorized"),
       "403": forbidden("The caller is not an administrator, the request is authenticated with a read-only "
                        "(`read`) token, " + FORCED + ".", "/api/v1/organizations",
                        "A read-only token cannot change data."),
       "415": problem_resp("The request has no `Content-Type` or one the server cannot decode; send `application/json`.",
           problem_example(415, "Unsupported Media Type", "Can't decode data without a content type",
                           "/api/v1/organizations")),
       "422": problem_resp("One or more fields are invalid; nothing was stored. `errors` has one entry per invalid "
                           "field (`name`, `kind`, `creditCode`, `districtCode`), in that order; `detail` joins their "
                           "messages. A missing field counts as invalid.",
           problem_example(422, "Unprocessable Entity",
                           "Choose the kind of organisation. The check character of the unified social credit code "
                           "does not match; please check every character.",
                           "/api/v1/organizations",
                           [{"field": "kind", "message": "Choose the kind of organisation."},
                            {"field": "creditCode", "message": "The check character of the unified social credit "
                                                               "code does not match; please check every character."}]))},
      body={"required": True, "description": "The new organisation.",
            "content": {"application/json": {"schema": S("OrganizationInput")}}},
      security=WRITE_SECURITY)),
  ("/api/v1/tokens", *authed("get", "listTokens", "List personal API tokens", ["Accounts"],
      "The caller's own personal API tokens, newest first (at most 200), including revoked and expired ones. "
      "For an administrator: every account's tokens. Tokens are created on the account page (`/account`), where "
      "the secret is shown once; the API never returns a secret or its hash.",
      {"200": ok_status("TokenList", "The tokens (possibly none)."),
       "401": ref("responses", "Unauthorized"),
       "403": forbidden("The account must choose its own password first (first sign-in or after a reset).",
                        "/api/v1/tokens",
                        "Before you continue, choose your own password (first sign-in or after a reset).")})),
  ("/api/v1/tokens/{id}", *authed("delete", "revokeToken", "Revoke a personal API token", ["Accounts"],
      "Revokes the token at once (sets `revokedAt`); the token stays listed. Revoking an already revoked token "
      "succeeds and changes nothing. Callers may revoke their own tokens; an administrator may revoke any. "
      "A revocation is recorded in the audit trail (`api_token.revoke`). A token may revoke itself; later requests "
      "with it are then 401.\n\n"
      "Needs a bearer token with scope `read_write`: the session cookie is not accepted for writes.",
      {"204": {"description": "The token is revoked.", "headers": dict(STD_HEADERS)},
       "401": ref("responses", "Unauthorized"),
       "403": forbidden("The request is authenticated with a read-only (`read`) token, " + FORCED + ".",
                        "/api/v1/tokens/0B5E2F4A-8C1D-4E7B-9A3F-6D2C1B0A9E8F",
                        "A read-only token cannot change data."),
       "404": problem_resp("No such token, or not the caller's (an administrator gets 404 only for a token that "
                           "does not exist). An `id` that is not a UUID is also a 404.",
           problem_example(404, "Not Found", "Not Found", "/api/v1/tokens/0B5E2F4A-8C1D-4E7B-9A3F-6D2C1B0A9E8F"))},
      params=[ref("parameters", "TokenID")], security=WRITE_SECURITY)),
  ("/api/v1/audit-events", *authed("get", "listAuditEvents", "Search the audit trail", ["Audit"],
      "Administrators only. Audit events, newest first (descending `sequence`), 50 per page, filtered by all "
      "given parameters together. Empty or blank parameters are ignored.\n\n"
      "**Paging**: when a page has 50 events there may be more; request the next page with the same filters "
      "and `before` set to the `sequence` of the page's last event. A page with fewer than 50 events is the last.\n\n"
      "The events form a hash chain (`previousHash` → `hash`, keyed HMAC-SHA-256); the trail is append-only "
      "and no API changes it. Parameters are checked before the role, so a malformed parameter is a 400 even "
      "for a caller who would get 403.",
      {"200": ok_status("AuditEventList", "One page of matching events (possibly none)."),
       "400": problem_resp("A parameter is malformed: `actor` not a UUID, `from`/`to` not a valid `YYYY-MM-DD` "
                           "date, or `before` not a positive whole number. `detail` names the parameter.",
           problem_example(400, "Bad Request", "The parameter from has an invalid value.", "/api/v1/audit-events")),
       "401": ref("responses", "Unauthorized"),
       "403": forbidden("The caller is not an administrator, " + FORCED + ".", "/api/v1/audit-events")},
      params=[ref("parameters", n) for n in ("AuditActor", "AuditEntity", "AuditFrom", "AuditTo", "AuditBefore")])),
]
for path, method, o in new_ops:
    paths.setdefault(path, {})[method] = o

uuid = lambda desc=None, **kw: {"type": "string", "format": "uuid", **({"description": desc} if desc else {}), **kw}
timestamp = lambda desc: {"type": "string", "format": "date-time", "description": desc + " ISO 8601 / RFC 3339 UTC "
                          "timestamp without fractional seconds (Vapor's default JSON date strategy)."}

schemas.update({
  "Role": {"type": "string", "enum": ["admin", "officer", "provider", "employer", "talent"],
           "description": "Role of an account: `admin` 平台管理员 (platform administrator, HRSS), `officer` 部门工作人员 "
                          "(staff of a policy department), `provider` 培训机构人员 (staff of a training provider, college "
                          "or assessment body), `employer` 用人单位人员 (staff of an employer), `talent` 数字人才 (an individual)."},
  "OrganizationKind": {"type": "string", "enum": ["enterprise", "provider", "university", "institute", "agency"],
                       "description": "`enterprise` 企业 (enterprise), `provider` 培训机构 (training provider), "
                                      "`university` 高校 (university), `institute` 科研院所 (research institute), "
                                      "`agency` 机关事业单位 (public agency)."},
  "User": obj({
      "id": uuid(examples=["6F9619FF-8B86-D011-B42D-00C04FC964FF"]),
      "displayName": {"type": "string", "examples": ["王芳"]},
      "email": {"type": "string", "format": "email", "description": "Omitted when the account has none."},
      "mobile": {"type": "string", "pattern": "^1[3-9][0-9]\\*{4}[0-9]{4}$", "examples": ["138****5678"],
                 "description": "Mainland mobile number, always masked: first three and last four digits. "
                                "The full number is never sent. Omitted when the account has none."},
      "role": S("Role"),
      "departmentCode": {"type": "string", "examples": ["HRSS"],
                         "description": "For officers: code of their department (see `/api/v1/departments`). Omitted otherwise."},
      "organizationID": uuid("For providers and employers: id of their organisation (see `/api/v1/organizations`). Omitted otherwise."),
      "isActive": {"type": "boolean", "description": "False for a deactivated account, which cannot sign in."}},
      ["id", "displayName", "role", "isActive"],
      "A user account as the API shows it: the mobile number masked, never a password or its hash.",
      examples=[{"id": "6F9619FF-8B86-D011-B42D-00C04FC964FF", "displayName": "王芳", "mobile": "138****5678",
                 "role": "officer", "departmentCode": "HRSS", "isActive": True}]),
  "UserList": items_of("User", "Accounts ordered by display name."),
  "Organization": obj({
      "id": uuid(),
      "name": {"type": "string", "examples": ["淄博示例数字科技有限公司"]},
      "kind": S("OrganizationKind"),
      "creditCode": {"type": "string", "pattern": "^[0-9A-HJ-NPQRTUW-Y]{2}[0-9]{6}[0-9A-HJ-NPQRTUW-Y]{10}$",
                     "examples": ["91370303XX0000001P"],
                     "description": "统一社会信用代码 (GB 32100-2015), 18 upper-case characters; unique on the platform."},
      "districtCode": {"type": "string", "examples": ["370303"],
                       "description": "Code of the district, county or zone (see `/api/v1/districts`)."}},
      ["id", "name", "kind", "creditCode", "districtCode"],
      "An organisation (用人单位, 培训机构, 院校 …) that employer and provider accounts act for.",
      examples=[{"id": "1B4E28BA-2FA1-11D2-883F-0016D3CCA427", "name": "淄博示例数字科技有限公司", "kind": "enterprise",
                 "creditCode": "91370303XX0000001P", "districtCode": "370303"}]),
  "OrganizationList": items_of("Organization", "Organisations ordered by name."),
  "OrganizationInput": {
      "type": "object",
      "description": "A new organisation. All four fields are needed; each is checked and every invalid one is "
                     "reported in the 422 `errors` (a missing field included). Unknown properties are ignored.",
      "required": ["name", "kind", "creditCode", "districtCode"],
      "properties": {
          "name": {"type": "string", "minLength": 1, "maxLength": 200,
                   "description": "Name, 1–200 characters after trimming surrounding white space."},
          "kind": S("OrganizationKind"),
          "creditCode": {"type": "string", "examples": ["91370303XX0000001P"],
                         "description": "统一社会信用代码: 18 characters of `0-9` and the capitals without I, O, Z, S, V; "
                                        "characters 3–8 are digits (the registering division); the 18th is the GB 32100 "
                                        "check character computed from the first 17. Surrounding spaces, lower case and "
                                        "full-width characters are accepted and normalised. Must not be registered yet."},
          "districtCode": {"type": "string", "examples": ["370303"],
                           "description": "A code from `/api/v1/districts`."}},
      "examples": [{"name": "淄博示例数字科技有限公司", "kind": "enterprise", "creditCode": "91370303XX0000001P",
                    "districtCode": "370303"}]},
  "Token": obj({
      "id": uuid(),
      "name": {"type": "string", "maxLength": 100, "examples": ["Monthly report script"],
               "description": "The label given at creation."},
      "scope": {"type": "string", "enum": ["read", "read_write"],
                "description": "`read`: GET requests only; `read_write`: also writes."},
      "expiresAt": timestamp("When the token stops working (1–365 days after creation)."),
      "revokedAt": timestamp("When the token was revoked; omitted while it is not."),
      "lastUsedAt": timestamp("Last authenticated request, to the minute; omitted if never used."),
      "createdAt": timestamp("When the token was created.")},
      ["id", "name", "scope", "expiresAt"],
      "A personal API token, without its secret: the secret (`tlt_…`) is shown only once, when it is created "
      "on the account page, and stored only as a SHA-256 hash.",
      examples=[{"id": "0B5E2F4A-8C1D-4E7B-9A3F-6D2C1B0A9E8F", "name": "Monthly report script", "scope": "read",
                 "expiresAt": "2026-05-01T08:00:00Z", "lastUsedAt": "2025-06-02T01:14:00Z",
                 "createdAt": "2025-05-01T08:00:00Z"}]),
  "TokenList": items_of("Token", "Tokens, newest first."),
  "AuditEvent": obj({
      "sequence": {"type": "integer", "format": "int64", "minimum": 1,
                   "description": "Position in the trail, increasing; use it as `before` to page."},
      "occurredAt": timestamp("When it happened."),
      "actorID": uuid("The account that acted; omitted for actions of the system."),
      "actorRole": {**S("Role"), "description": "The actor's role at the time; omitted for actions of the system."},
      "action": {"type": "string", "examples": ["organization.create", "user.deactivate", "api_token.revoke"],
                 "description": "What was done: `<entity>.<verb>`."},
      "entityType": {"type": "string", "examples": ["organization", "user", "api_token"],
                     "description": "Kind of record acted on; the `entity` filter matches it exactly."},
      "entityID": {"type": "string", "description": "Id of the record acted on, when there is one."},
      "changedFields": {"type": "array", "items": {"type": "string"}, "examples": [["name", "kind", "credit_code", "district_code"]],
                        "description": "Names (database columns) of the fields written — never their values."},
      "requestID": {"type": "string", "description": "`X-Request-ID` of the request that caused the event, if any."},
      "previousHash": {"type": "string", "pattern": "^[0-9a-f]{64}$",
                       "description": "`hash` of the event before (64 zeros for the first event)."},
      "hash": {"type": "string", "pattern": "^[0-9a-f]{64}$",
               "description": "Keyed HMAC-SHA-256 (hex) over this event's content and `previousHash`; verifying it needs "
                              "the platform's key, and covers `occurredAt` to the millisecond."}},
      ["sequence", "occurredAt", "action", "entityType", "changedFields", "previousHash", "hash"],
      "One entry of the append-only, hash-chained audit trail.",
      examples=[{"sequence": 1024, "occurredAt": "2025-06-02T01:14:09Z",
                 "actorID": "6F9619FF-8B86-D011-B42D-00C04FC964FF", "actorRole": "admin",
                 "action": "organization.create", "entityType": "organization",
                 "entityID": "1B4E28BA-2FA1-11D2-883F-0016D3CCA427",
                 "changedFields": ["name", "kind", "credit_code", "district_code"], "requestID": rid,
                 "previousHash": "9f2c" + "0" * 60, "hash": "4b7a" + "1" * 60}]),
  "AuditEventList": items_of("AuditEvent", "Up to 50 events, newest (highest `sequence`) first."),
  "FieldProblem": obj({"field": {"type": "string", "examples": ["creditCode"],
                                 "description": "Property name of the invalid field in the request body."},
                       "message": {"type": "string", "description": "What is wrong, in the language chosen by `lang`."}},
                      ["field", "message"], "One invalid field of a request body."),
})
schemas["Problem"]["properties"]["errors"] = {
    "type": "array", "items": S("FieldProblem"),
    "description": "Only on 422: every invalid field with its message, in the order checked."}
schemas["Problem"]["properties"]["detail"]["description"] = (
    "Explanation for this occurrence in the language chosen by `lang` (on 422: the field messages joined); "
    "omitted for 5xx errors (they never show internals) and when there is none.")

unauth = problem_resp(
    "Not authenticated: no credentials; a `talent_session` cookie that is unknown or expired, or sent with a write "
    "(where it is ignored); or an `Authorization: Bearer` token that is unknown, revoked, expired or belongs to a "
    "deactivated account. A rejected bearer token also gets `WWW-Authenticate: Bearer error=\"invalid_token\"` and "
    "the detail “The access token is invalid, revoked or expired.”",
    problem_example(401, "Unauthorized", "Please sign in first.", "/api/v1/me"))
unauth["headers"]["WWW-Authenticate"] = {
    "description": "`Bearer error=\"invalid_token\"` when a bearer token was sent and rejected; absent otherwise.",
    "schema": {"type": "string", "examples": ["Bearer error=\"invalid_token\""]}}
responses["Unauthorized"] = unauth

def qparam(name, desc, schema, **kw):
    return {"name": name, "in": "query", "required": False, "description": desc, "schema": schema, **kw}

parameters.update({
  "UserRole": qparam("role", "Only accounts with this role. Any other value (also an empty one) is a 400.", S("Role")),
  "TokenID": {"name": "id", "in": "path", "required": True, "description": "Id of the token (from `/api/v1/tokens`).",
              "schema": {"type": "string", "format": "uuid"}},
  "AuditActor": qparam("actor", "Only events of this account (its `id`). Not a UUID: 400.",
                       {"type": "string", "format": "uuid"}),
  "AuditEntity": qparam("entity", "Only events on this kind of record, matched exactly (e.g. `organization`, `user`, "
                                  "`api_token`).", {"type": "string", "examples": ["organization"]}),
  "AuditFrom": qparam("from", "Only events on or after this day (`YYYY-MM-DD`, from 00:00 Asia/Shanghai). "
                              "Not a valid date: 400.", {"type": "string", "format": "date", "examples": ["2025-06-01"]}),
  "AuditTo": qparam("to", "Only events on or before this day (`YYYY-MM-DD`, inclusive: up to 24:00 Asia/Shanghai). "
                          "Not a valid date: 400.", {"type": "string", "format": "date", "examples": ["2025-06-30"]}),
  "AuditBefore": qparam("before", "Only events with a `sequence` lower than this: the `sequence` of the last event of "
                                  "the previous page. Not a positive whole number: 400.",
                        {"type": "integer", "format": "int64", "minimum": 1}),
})

# ---------------------------------------------------------------------------
# Talent pool (M12): creating and showing talent profiles.
# ---------------------------------------------------------------------------

talent_rid = "370303199005081234"          # synthetic, valid GB 11643 number (1990-05-08, male)
talent_id = "7C9E6679-7425-40DE-944B-E07FC1F90AE7"
acme_id = "1B4E28BA-2FA1-11D2-883F-0016D3CCA427"
talent_masked_example = {
    "id": talent_id, "name": "张伟", "gender": "male", "birthDate": "1990-05-08",
    "residentIDMasked": "370303********1234", "mobileMasked": "138****5678", "email": "zhangwei@example.com",
    "districtCode": "370303", "educationLevel": "bachelor", "major": "数据科学与大数据技术",
    "graduationYear": 2012, "employerID": acme_id, "occupations": ["2-02-38-03", "4-04-05-05"],
    "skills": ["Python", "数据分析"], "categories": [], "keyGroups": ["college_graduates"], "status": "active"}
talent_full_example = {**talent_masked_example, "residentID": talent_rid, "mobile": "13812345678"}
talent_full_example = {k: talent_full_example[k] for k in
                       ["id", "name", "gender", "birthDate", "residentID", "residentIDMasked", "mobile", "mobileMasked",
                        "email", "districtCode", "educationLevel", "major", "graduationYear", "employerID",
                        "occupations", "skills", "categories", "keyGroups", "status"]}

def with_examples(response, examples):
    response["content"]["application/json"]["examples"] = examples
    return response

TALENT_ERRORS_ORDER = ("`name`, `residentID`, `mobile`, `email`, `districtCode`, `educationLevel`, `graduationYear`, "
                       "`employerID`, `occupations`, `skills`, `categories`, `keyGroups`, `consent`")

talent_ops = [
  ("/api/v1/talents", *authed("post", "createTalent", "Add a talent profile to the pool", ["Talents"],
      "Adds one person's profile to the citywide digital talent pool (M12). Every field is validated, all at once; "
      "if any is invalid nothing is stored and the answer is a 422 whose `errors` names each invalid field with a "
      "message in the language chosen by `lang` — also when a profile with the same resident ID number is already "
      "in the pool (checked through a keyed blind index of the number, which is stored only encrypted).\n\n"
      "Gender and birth date are not sent: they are derived from the resident ID number. The resident ID number and "
      "the mobile number are stored encrypted (AES-GCM) and the response shows them masked only "
      "(`residentIDMasked`, `mobileMasked`), whatever the caller's role; `GET /api/v1/talents/{id}` adds the full "
      "values for roles that may see them. A created profile is recorded in the audit trail (`talent.create`, "
      "with the names of the filled fields, never their values).\n\n"
      "| Caller | May create |\n|---|---|\n"
      "| `admin`, `officer` | profiles with any registered employer, or none |\n"
      "| `provider`, `employer` | only profiles whose `employerID` is their own organisation (otherwise, or "
      "without `employerID`, a 422 on `employerID`) |\n"
      "| `talent` | — (403) |\n\n"
      "The body is decoded before the role is checked, so a malformed body is a 400 even for a caller who would "
      "get 403.\n\n"
      "Needs a bearer token with scope `read_write`: the session cookie is not accepted for writes.",
      {"201": ok_status("Talent", "The profile was created; the body is the stored profile, with the identifiers "
                        "masked only (no `residentID` or `mobile`, whatever the role)."),
       "400": problem_resp("The body is not well-formed JSON, or a field has the wrong JSON type (e.g. a number for "
                           "`graduationYear`, `true` for `consent`, or a string for `categories`), or it contains a "
                           "NUL character. `detail` is a general sentence in the language chosen by `lang`.",
           problem_example(400, "Bad Request", "The request is not well formed; please check the submitted data.",
                           "/api/v1/talents")),
       "401": ref("responses", "Unauthorized"),
       "403": forbidden("The caller's role may not create profiles (a `talent`), the request is authenticated with "
                        "a read-only (`read`) token, " + FORCED + ".", "/api/v1/talents",
                        "A read-only token cannot change data."),
       "409": problem_resp("Another request added a profile with the same resident ID number at the same moment; "
                           "the database's unique blind index kept that one and nothing was stored for this request. "
                           "Retrying gives the 422 for a number already in the pool.",
           problem_example(409, "Conflict", "Another request changed this data or it was submitted twice. "
                                            "Reload the page and try again.", "/api/v1/talents")),
       "415": problem_resp("The request has no `Content-Type` or one the server cannot decode; send `application/json`.",
           problem_example(415, "Unsupported Media Type", "Can't decode data without a content type",
                           "/api/v1/talents")),
       "422": problem_resp("One or more fields are invalid; nothing was stored. `errors` has one entry per invalid "
                           "field, in the order " + TALENT_ERRORS_ORDER + "; `detail` joins their messages. A missing "
                           "required field counts as invalid. `residentID` is also reported when a profile with that "
                           "number is already in the pool. For a `provider` or `employer`, an `employerID` that is "
                           "not their own organisation (or is missing) is reported on its own, once every other "
                           "field is valid.",
           problem_example(422, "Unprocessable Entity",
                           "The check digit of the ID number does not match; please check every digit. "
                           "The person's consent is required before the profile can be saved.",
                           "/api/v1/talents",
                           [{"field": "residentID",
                             "message": "The check digit of the ID number does not match; please check every digit."},
                            {"field": "consent",
                             "message": "The person's consent is required before the profile can be saved."}]))},
      body={"required": True, "description": "The new profile.",
            "content": {"application/json": {"schema": S("TalentInput")}}},
      security=WRITE_SECURITY)),
  ("/api/v1/talents/{id}", *authed("get", "getTalent", "Get one talent profile", ["Talents"],
      "One profile of the talent pool, if the caller may read it:\n\n"
      "| Caller | Profiles | Identifiers |\n|---|---|---|\n"
      "| `admin`, `officer` | all | full `residentID` and `mobile`, plus the masked forms |\n"
      "| `provider`, `employer` | those whose `employerID` is the caller's organisation (none if the account has "
      "no organisation) | masked only |\n"
      "| `talent` | their own profile (linked to their account) | masked only |\n\n"
      "A profile outside the caller's scope is a 404, exactly like one that does not exist, so its existence is "
      "not revealed.",
      {"200": with_examples(ok_status("Talent", "The profile. `residentID` and `mobile` are present only for "
                                      "administrators and officers (and `mobile` only when the profile has one)."),
                            {"asOfficer": {"summary": "As an administrator or officer: full and masked identifiers",
                                           "value": talent_full_example},
                             "asEmployer": {"summary": "As the employer (or provider, or the talent): masked only",
                                            "value": talent_masked_example}}),
       "401": ref("responses", "Unauthorized"),
       "403": forbidden("The account must choose its own password first (first sign-in or after a reset).",
                        "/api/v1/talents/" + talent_id,
                        "Before you continue, choose your own password (first sign-in or after a reset)."),
       "404": problem_resp("No such profile, or one outside the caller's scope (see the table; the two are not "
                           "distinguished). An `id` that is not a UUID is also a 404.",
           problem_example(404, "Not Found", "Not Found", "/api/v1/talents/" + talent_id))},
      params=[ref("parameters", "TalentID")])),
]
for path, method, o in talent_ops:
    paths.setdefault(path, {})[method] = o

code_list = lambda desc, example: {"type": "array", "items": {"type": "string"}, "uniqueItems": True,
                                   "description": desc, "examples": [example]}
education_level = {"type": "string", "enum": ["secondary_vocational", "associate", "bachelor", "master", "doctorate"]}
EDUCATION_DESC = ("学历: `secondary_vocational` 中专, `associate` 大专, `bachelor` 本科, `master` 硕士, "
                  "`doctorate` 博士.")
CATEGORY_DESC = ("high-level talent categories (高层次人才类别) defined by the active policy — in the 2025 policy "
                 "`taishan` 泰山人才, `special_allowance` 政府特殊津贴专家, `provincial_flexible` 省柔性引才专项计划人选, "
                 "`zibo_elite` 淄博英才计划人选")
KEY_GROUP_DESC = ("key groups (重点群体) defined by the active policy — in the 2025 policy `college_graduates`, "
                  "`rural_migrant_workers`, `registered_unemployed`, `veterans`, `poverty_alleviated`, "
                  "`employment_difficulty`, `disabled`")

schemas.update({
  "TalentInput": {
      "type": "object",
      "description": "A new talent profile. All values are strings except `categories` and `keyGroups` (arrays of "
                     "strings); a field of another JSON type is a 400. Text is trimmed of surrounding white space, and "
                     "an empty or blank optional field counts as absent. Each field is checked and every invalid one "
                     "is reported in the 422 `errors` (a missing required field included). Unknown properties are "
                     "ignored. Gender and birth date are derived from `residentID` and cannot be sent.",
      "required": ["name", "residentID", "districtCode", "consent"],
      "properties": {
          "name": {"type": "string", "minLength": 1, "maxLength": 50, "examples": ["张伟"],
                   "description": "The person's name, 1–50 characters after trimming."},
          "residentID": {"type": "string", "examples": [talent_rid],
                         "description": "居民身份证号码 (GB 11643-1999), 18 characters: 17 digits and a check character "
                                        "(a digit or `X`) computed from them (ISO 7064 MOD 11-2). Surrounding spaces, a "
                                        "lower-case `x` and full-width digits are accepted. The birth date (characters "
                                        "7–14) must exist, be in 1900 or later and not after today (Asia/Shanghai); "
                                        "the gender is read from the sequence code (characters 15–17: odd male, even "
                                        "female). Must not be in the pool yet (422 otherwise). Stored only encrypted, "
                                        "with a keyed blind index for the uniqueness check."},
          "mobile": {"type": "string", "examples": ["13812345678", "138 1234 5678"],
                     "description": "Optional mainland mobile number: 11 digits starting with 13–19. Spaces and hyphens, "
                                    "full-width digits and a `+86`, `0086` or `86` prefix are accepted. Stored only "
                                    "encrypted."},
          "email": {"type": "string", "format": "email", "examples": ["zhangwei@example.com"],
                    "description": "Optional email address; stored in lower case."},
          "districtCode": {"type": "string", "examples": ["370303"],
                           "description": "Where the person works or lives: a code from `/api/v1/districts`."},
          "educationLevel": {**education_level, "description": "Optional. " + EDUCATION_DESC},
          "school": {"type": "string", "examples": ["山东理工大学"],
                     "description": "Optional school or university; cut to 100 characters."},
          "major": {"type": "string", "examples": ["数据科学与大数据技术"],
                    "description": "Optional major; cut to 100 characters."},
          "graduationYear": {"type": "string", "examples": ["2012"],
                             "description": "Optional year of graduation, as a string of a whole number from 1950 to "
                                            "six years after the current year (expected graduation)."},
          "employerID": {"type": "string", "format": "uuid", "examples": [acme_id],
                         "description": "Optional `id` of the registered organisation employing the person (see "
                                        "`/api/v1/organizations`). Providers and employers must give their own "
                                        "organisation; administrators and officers may give any, or none."},
          "occupations": {"type": "string", "examples": ["2-02-38-03, 4-04-05-05"],
                          "description": "Optional national occupation codes (see `/api/v1/occupations`) separated by "
                                         "spaces, commas (`,` `，`), `、` or new lines; each must be in the catalogue. "
                                         "Duplicates are dropped."},
          "skills": {"type": "string", "examples": ["Python、数据分析"],
                     "description": "Optional skill tags separated by commas (`,` `，`), `、` or new lines: at most 30 "
                                    "tags, each up to 30 characters. Duplicates are dropped; the order is kept."},
          "categories": code_list("Optional codes of " + CATEGORY_DESC + ". Every code must be one the active policy "
                                  "defines; duplicates are dropped.", ["taishan"]),
          "keyGroups": code_list("Optional codes of " + KEY_GROUP_DESC + ". Every code must be one the active "
                                 "policy defines; duplicates are dropped.", ["college_graduates"]),
          "consent": {"type": "string", "const": "yes",
                      "description": "Must be exactly `yes`: the person has consented (in writing, when someone else "
                                     "enters the profile) to the platform processing this personal data for the "
                                     "talent pool. The consent text's version, purpose and time are stored with the "
                                     "profile."}},
      "examples": [{"name": "张伟", "residentID": talent_rid, "mobile": "13812345678", "districtCode": "370303",
                    "educationLevel": "bachelor", "major": "数据科学与大数据技术", "graduationYear": "2012",
                    "employerID": acme_id, "occupations": "2-02-38-03, 4-04-05-05", "skills": "Python、数据分析",
                    "keyGroups": ["college_graduates"], "consent": "yes"}]},
  "Talent": obj({
      "id": uuid(examples=[talent_id]),
      "name": {"type": "string", "examples": ["张伟"]},
      "gender": {"type": "string", "enum": ["male", "female"],
                 "description": "Derived from the resident ID number (odd sequence code: male, even: female)."},
      "birthDate": {"type": "string", "format": "date", "examples": ["1990-05-08"],
                    "description": "`YYYY-MM-DD`, derived from the resident ID number."},
      "residentID": {"type": "string", "pattern": "^[0-9]{17}[0-9X]$", "examples": [talent_rid],
                     "description": "The full resident ID number (upper-case `X`). Present only in "
                                    "`GET /api/v1/talents/{id}` for administrators and officers; omitted for every "
                                    "other role and in the responses to a create or an update."},
      "residentIDMasked": {"type": "string", "pattern": "^[0-9]{6}\\*{8}[0-9]{3}[0-9X]$",
                           "examples": ["370303********1234"],
                           "description": "The resident ID number masked: first six and last four characters. Sent "
                                          "to every role that may read the profile."},
      "mobile": {"type": "string", "pattern": "^1[3-9][0-9]{9}$", "examples": ["13812345678"],
                 "description": "The full mobile number (11 digits). Present only in `GET /api/v1/talents/{id}` for "
                                "administrators and officers, and only when the profile has one; omitted in the "
                                "responses to a create or an update."},
      "mobileMasked": {"type": "string", "pattern": "^1[3-9][0-9]\\*{4}[0-9]{4}$", "examples": ["138****5678"],
                       "description": "The mobile number masked: first three and last four digits. Sent to every role "
                                      "that may read the profile; omitted when the profile has no mobile number."},
      "email": {"type": "string", "format": "email", "description": "In lower case; omitted when there is none."},
      "districtCode": {"type": "string", "examples": ["370303"],
                       "description": "Code of the district, county or zone (see `/api/v1/districts`)."},
      "educationLevel": {**education_level, "description": EDUCATION_DESC + " Omitted when not given."},
      "school": {"type": "string", "maxLength": 100, "description": "Omitted when not given."},
      "major": {"type": "string", "maxLength": 100, "description": "Omitted when not given."},
      "graduationYear": {"type": "integer", "minimum": 1950, "examples": [2012],
                         "description": "A number here (the input sends a string); omitted when not given."},
      "employerID": uuid("The employing organisation (see `/api/v1/organizations`); omitted when there is none."),
      "occupations": {"type": "array", "items": {"type": "string"}, "examples": [["2-02-38-03", "4-04-05-05"]],
                      "description": "National occupation codes, ordered by code (possibly empty)."},
      "skills": {"type": "array", "items": {"type": "string"}, "examples": [["Python", "数据分析"]],
                 "description": "Skill tags in the order entered (possibly empty)."},
      "categories": {"type": "array", "items": {"type": "string"}, "examples": [["taishan"]],
                     "description": "Codes of the " + CATEGORY_DESC + "; ordered by code, possibly empty."},
      "keyGroups": {"type": "array", "items": {"type": "string"}, "examples": [["college_graduates"]],
                    "description": "Codes of the " + KEY_GROUP_DESC + "; ordered by code, possibly empty."},
      "titleLevel": {"type": "string", "description": "Professional title level (职称), derived from the person's "
                                                      "certificates by a later capability; omitted until then."},
      "skillLevel": {"type": "string", "description": "Vocational skill level (职业技能等级), derived from the person's "
                                                      "certificates by a later capability; omitted until then."},
      "status": {"type": "string", "enum": ["active", "archived", "erased"],
                 "description": "`active` in the pool; `archived` kept but no longer active; `erased` personal data "
                                "erased on the person's request. New profiles are `active`."}},
      ["id", "name", "gender", "birthDate", "districtCode", "occupations", "skills", "categories", "keyGroups",
       "status"],
      "A talent profile (数字人才) as the API shows it. Optional properties without a value are omitted. The full "
      "identifiers `residentID` and `mobile` are included only for administrators and officers; everyone gets "
      "the masked forms.",
      examples=[talent_masked_example]),
})

parameters["TalentID"] = {"name": "id", "in": "path", "required": True,
                          "description": "Id of the talent profile (the `id` returned when it was created).",
                          "schema": {"type": "string", "format": "uuid"}}

# ---------------------------------------------------------------------------
# Talent pool (M12): searching, exporting and editing profiles.
# ---------------------------------------------------------------------------

title_level = {"type": "string", "enum": ["technician", "assistant", "intermediate", "associate_senior", "senior"]}
TITLE_LEVEL_DESC = ("职称等级: `technician` 员级, `assistant` 助理级, `intermediate` 中级, `associate_senior` 副高级, "
                    "`senior` 正高级.")
skill_level = {"type": "string", "enum": ["apprentice", "junior", "intermediate", "senior", "technician",
                                          "senior_technician", "principal_technician", "chief_technician"]}
SKILL_LEVEL_DESC = ("职业技能等级: `apprentice` 学徒工, `junior` 初级工, `intermediate` 中级工, `senior` 高级工, "
                    "`technician` 技师, `senior_technician` 高级技师, `principal_technician` 特级技师, "
                    "`chief_technician` 首席技师.")
open_code = lambda example: {"type": "string", "pattern": "^[A-Za-z0-9._-]{1,40}$", "examples": [example]}
OPEN_CODE_NOTE = (" Any code of up to 40 letters, digits, `.`, `_` and `-` is accepted (an unknown one finds nothing); "
                  "anything else is a 400.")
CLOSED_NOTE = " Any other value is a 400."
BLANK_NOTE = " Surrounding white space is trimmed; an empty value counts as absent."

def search_filter(name, desc, schema):
    return qparam(name, desc + BLANK_NOTE, schema)

parameters.update({
  "TalentKeyword": qparam("q",
      "Keyword searched in the person's name, skills, major, school, employer's name and the names (Chinese and "
      "English) of their occupations. Chinese is matched by characters and pairs of neighbouring characters, so "
      "one- and two-character queries work (`张`, `张伟`, `数据`) and a longer one must contain all its pairs "
      "(`数据分析` → 数据, 据分, 分析). Latin letters and digits are matched, case-insensitively, as the start of a "
      "word (`pyth` finds `Python`); full-width letters and digits are folded. Every part of the keyword must match. "
      "Trimmed; at most the first 100 characters are read and the first 64 of them are used (at most 16 tokens). "
      "Empty means no keyword.",
      {"type": "string"},
      examples={"name": {"summary": "A name", "value": "张伟"},
                "oneCharacter": {"summary": "One Chinese character", "value": "张"},
                "skill": {"summary": "Two characters of a skill", "value": "数据"},
                "prefix": {"summary": "The start of a Latin word (finds Python)", "value": "pyth"}}),
  "TalentDistrict": search_filter("district",
      "Only people whose district is this code (see `/api/v1/districts`): a six-digit division code or a `ZONE-…` "
      "zone code." + OPEN_CODE_NOTE, {**open_code("370303"), "examples": ["370303", "ZONE-HT"]}),
  "TalentOccupation": search_filter("occupation",
      "Only people with this national occupation code (see `/api/v1/occupations`), matched exactly (a group code "
      "does not include its occupations)." + OPEN_CODE_NOTE, open_code("4-04-05-05")),
  "TalentChain": search_filter("chain",
      "Only people whose employer belongs to this key industry chain (see `/api/v1/industry-chains`)." + OPEN_CODE_NOTE,
      open_code("next-gen-it")),
  "TalentEducation": search_filter("education", "Only people with this education level. " + EDUCATION_DESC + CLOSED_NOTE,
                                   education_level),
  "TalentTitleLevel": search_filter("titleLevel", "Only people with this professional title level. " + TITLE_LEVEL_DESC
                                    + CLOSED_NOTE, title_level),
  "TalentSkillLevel": search_filter("skillLevel", "Only people with this vocational skill level. " + SKILL_LEVEL_DESC
                                    + CLOSED_NOTE, skill_level),
  "TalentCategory": search_filter("category", "Only people in this high-level talent category: one of the codes of "
                                  + CATEGORY_DESC + "." + OPEN_CODE_NOTE, open_code("taishan")),
  "TalentKeyGroup": search_filter("keyGroup", "Only people in this key group: one of the codes of " + KEY_GROUP_DESC
                                  + "." + OPEN_CODE_NOTE, open_code("college_graduates")),
  "TalentAgeMin": search_filter("ageMin",
      "Only people at least this old: whole years of age on the day of the search (China Standard Time, UTC+8), "
      "from the birth date. A whole number from 0 to 120; anything else is a 400. With `ageMax` lower than `ageMin` "
      "nobody matches.", {"type": "integer", "minimum": 0, "maximum": 120, "examples": [25]}),
  "TalentAgeMax": search_filter("ageMax",
      "Only people at most this old (whole years on the day of the search, China Standard Time). A whole number from "
      "0 to 120; anything else is a 400.", {"type": "integer", "minimum": 0, "maximum": 120, "examples": [35]}),
  "TalentSort": search_filter("sort",
      "Order of the results. `relevance` (default): with a keyword, people whose name matches it first, then the "
      "other matches, newest profiles first within each group; without a keyword, newest profiles first. `name`: "
      "by name. `updated`: most recently changed first." + CLOSED_NOTE,
      {"type": "string", "enum": ["relevance", "name", "updated"], "default": "relevance"}),
  "TalentLimit": qparam("limit", "Page size, a whole number from 1 to 100. Anything else is a 400.",
                        {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}),
  "TalentCursor": qparam("cursor",
      "The `nextCursor` of the previous page, passed back unchanged together with the same other parameters (a "
      "cursor belongs to its search and order). Opaque; absent or empty starts at the first page; a malformed "
      "cursor is a 400.", {"type": "string", "pattern": "^[nru]\\..+$"}),
  "ExportFormat": qparam("format",
      "File format: `csv` (default) or `xlsx`. Any other value, also an empty one, is a 400.",
      {"type": "string", "enum": ["csv", "xlsx"], "default": "csv"}),
})

TALENT_FILTERS = ["TalentKeyword", "TalentDistrict", "TalentOccupation", "TalentChain", "TalentEducation",
                  "TalentTitleLevel", "TalentSkillLevel", "TalentCategory", "TalentKeyGroup", "TalentAgeMin",
                  "TalentAgeMax", "TalentSort"]

SEARCH_SCOPE_TABLE = ("| Caller | Profiles |\n|---|---|\n"
                      "| `admin`, `officer` | the whole pool |\n"
                      "| `provider`, `employer` | those whose employer is the caller's organisation (none if the "
                      "account has no organisation) |\n"
                      "| `talent` | — (403) |\n\n")

def problem_examples(desc, examples):
    """A problem response with several named examples: {name: (summary, example)}."""
    r = problem_resp(desc, None)
    content = r["content"]["application/problem+json"]
    del content["example"]
    content["examples"] = {name: {"summary": summary, "value": value} for name, (summary, value) in examples.items()}
    return r

summary_example = {
    "id": talent_id, "name": "张伟", "gender": "male", "birthDate": "1990-05-08",
    "residentIDMasked": "370303********1234", "districtCode": "370303", "educationLevel": "bachelor",
    "employerID": acme_id, "employerName": "淄博示例数字科技有限公司", "status": "active",
    "updatedAt": "2025-06-02T01:14:09Z"}
summary_full_example = {**summary_example, "residentID": talent_rid}
summary_full_example = {k: summary_full_example[k] for k in
                        ["id", "name", "gender", "birthDate", "residentIDMasked", "residentID", "districtCode",
                         "educationLevel", "employerID", "employerName", "status", "updatedAt"]}

csv_header_zh = ("姓名,性别,出生日期,居民身份证号码,手机号,邮箱,所在区县,学历,毕业院校,专业,毕业年份,工作单位,"
                 "职业（国家职业分类代码）,技能标签,高层次人才类别,重点群体,职称等级,技能等级,状态,更新时间")
csv_row_zh = ("张伟,男,1990-05-08,370303********1234,138****5678,zhangwei@example.com,张店区,本科,,"
              "数据科学与大数据技术,2012,淄博示例数字科技有限公司,2-02-38-03 4-04-05-05,Python、数据分析,,高校毕业生,,,"
              "有效,2025-06-02 09:14:09")
csv_header_en = ("Name,Gender,Date of birth,Resident ID number,Mobile number,Email,District,Education,School,Major,"
                 "Graduation year,Employer,Occupations (national codes),Skills,High-level talent categories,Key groups,"
                 "Professional title,Skill level,Status,Updated")
csv_row_en = ("张伟,Male,1990-05-08,370303********1234,138****5678,zhangwei@example.com,Zhangdian District,"
              "Bachelor's degree,,数据科学与大数据技术,2012,淄博示例数字科技有限公司,2-02-38-03 4-04-05-05,"
              "\"Python, 数据分析\",,College graduates,,,Active,2025-06-02 09:14:09")

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
UPDATE_ERRORS_ORDER = ("`name`, `mobile`, `email`, `districtCode`, `educationLevel`, `graduationYear`, `employerID`, "
                       "`occupations`, `skills`, `categories`, `keyGroups`")

search_ops = [
  ("/api/v1/talents", *authed("get", "searchTalents", "Search the talent pool", ["Talents"],
      "Finds profiles of the talent pool (M12) within the caller's scope, by keyword and filters, all given "
      "parameters together. Erased profiles are never found.\n\n" + SEARCH_SCOPE_TABLE +
      "**Paging** is keyset-based: pass `nextCursor` back as `cursor` (with the same other parameters) for the next "
      "page; it is null on the last page. `total` counts every match over all pages, exactly up to 10,000; beyond "
      "that it is 10000 and `totalIsCapped` is true.\n\n"
      "Identifiers: `residentIDMasked` for everyone; administrators and officers also get the full `residentID`. "
      "Mobile numbers are not part of the summary.\n\n"
      "Parameters are checked before the role, so a malformed parameter is a 400 even for a caller who would get 403.",
      {"200": with_examples(ok_status("TalentPage", "One page of matching profiles (possibly none)."),
                            {"asOfficer": {"summary": "As an administrator or officer, q=数据: full and masked ID "
                                                      "numbers; more than 10,000 matches",
                                           "value": {"items": [summary_full_example], "total": 10000,
                                                     "totalIsCapped": True, "nextCursor": "r.0.1042"}},
                             "asEmployer": {"summary": "As an employer: masked ID numbers only; the last page",
                                            "value": {"items": [summary_example], "total": 1,
                                                      "totalIsCapped": False, "nextCursor": None}}}),
       "400": problem_examples("A parameter is malformed: a filter code that is not a code, an `education`, "
                               "`titleLevel`, `skillLevel` or `sort` outside its list, `ageMin`/`ageMax` not a whole "
                               "number from 0 to 120, `limit` not a whole number from 1 to 100, or a malformed "
                               "`cursor`. `detail` names the parameter in the language chosen by `lang`.",
           {"zh": ("Chinese (the default language)",
                   problem_example(400, "Bad Request", "参数 education 的值无效。", "/api/v1/talents")),
            "en": ("English (`lang=en`)",
                   problem_example(400, "Bad Request", "The parameter education has an invalid value.",
                                   "/api/v1/talents")),
            "limit": ("`limit` out of range (`lang=en`)",
                      problem_example(400, "Bad Request", "The parameter limit must be a whole number from 1 to 100.",
                                      "/api/v1/talents"))}),
       "401": ref("responses", "Unauthorized"),
       "403": forbidden("The caller is a `talent` (who reads their own profile at `/api/v1/talents/{id}`), "
                        + FORCED + ".", "/api/v1/talents")},
      params=[ref("parameters", n) for n in TALENT_FILTERS + ["TalentLimit", "TalentCursor"]])),
  ("/api/v1/talents/export", *authed("get", "exportTalents", "Export a search's results as CSV or Excel", ["Talents"],
      "The whole result set of a search — same parameters, same scope and same order as `GET /api/v1/talents`, "
      "without paging — as a file download (`Content-Disposition: attachment`), at most 50,000 rows. A larger result "
      "set is cut after the first 50,000 rows, with nothing in the file to say so: compare with the search's `total`, "
      "narrow the search, or ask an administrator. `limit` and `cursor` are not used (a malformed one is still a "
      "400).\n\n" + SEARCH_SCOPE_TABLE +
      "**Columns** (one header row, then one row per person): name, gender, date of birth, resident ID number, "
      "mobile number, email, district, education, school, major, graduation year, employer, occupations (national "
      "codes, separated by spaces), skills, high-level talent categories, key groups, professional title, skill "
      "level, status, updated (`YYYY-MM-DD HH:MM:SS`, China Standard Time). Headers and coded values (gender, "
      "district, education, categories, key groups, levels, status) are in Chinese or English, the language chosen "
      "by `lang`; lists are joined by `、` (Chinese) or `, ` (English). Empty cells mean no value.\n\n"
      "**Personal data**: resident ID and mobile numbers are masked (`370303********1234`, `138****5678`) unless "
      "the caller is an administrator or officer, who get the full numbers. Every cell a spreadsheet could run as a "
      "formula — one whose first character, after leading spaces and line feeds, is `=`, `+`, `-`, `@`, a tab, a "
      "carriage return or NUL (or a full-width ＝＋－＠) — is prefixed with a single quote `'` (OWASP CSV "
      "injection).\n\n"
      "**Audit**: every export is recorded in the audit trail (`talent.export`, entity type `talent`), with the names "
      "of the search parameters used, `format:csv` or `format:xlsx` and `rows:N` (the number of rows) in "
      "`changedFields` — never the parameters' values.\n\n"
      "The role is checked before the parameters, so a `talent` gets 403 whatever the parameters.",
      {"200": {"description": "The file. CSV is UTF-8 with a byte order mark (so Excel reads the Chinese correctly), "
                              "fields separated by commas, records ended by CRLF (RFC 4180), a field in double quotes "
                              "(a `\"` inside doubled) when it contains a comma, quote, CR, LF or tab or starts or "
                              "ends with a space. XLSX is an Office Open XML "
                              "workbook with one sheet, `talents`, every cell a text (inline string) cell.",
               "headers": {**STD_HEADERS,
                           "Content-Disposition": {
                               "description": "`attachment; filename=\"talents-YYYY-MM-DD.csv\"` (or `.xlsx`), with "
                                              "the day of the export in China Standard Time.",
                               "required": True,
                               "schema": {"type": "string",
                                          "examples": ["attachment; filename=\"talents-2025-06-02.csv\""]}},
                           "Cache-Control": {"description": "`no-store`: the file holds personal data.",
                                             "required": True,
                                             "schema": {"type": "string", "const": "no-store"}}},
               "content": {
                   "text/csv; charset=utf-8": {
                       "schema": {"type": "string", "description": "CSV text (RFC 4180) after a UTF-8 byte order mark."},
                       "examples": {
                           "zh": {"summary": "As an employer, in Chinese (the byte order mark not shown)",
                                  "value": csv_header_zh + "\r\n" + csv_row_zh + "\r\n"},
                           "en": {"summary": "As an employer, `lang=en` (the byte order mark not shown)",
                                  "value": csv_header_en + "\r\n" + csv_row_en + "\r\n"}}},
                   XLSX: {"schema": {"type": "string", "contentMediaType": XLSX,
                                     "description": "The workbook (a ZIP package), as raw bytes."}}}},
       "400": problem_examples("A parameter is malformed (see `GET /api/v1/talents`), or `format` is neither `csv` "
                               "nor `xlsx`. `detail` names the parameter in the language chosen by `lang`.",
           {"zh": ("Chinese (the default language)",
                   problem_example(400, "Bad Request", "参数 format 的值无效。", "/api/v1/talents/export")),
            "en": ("English (`lang=en`)",
                   problem_example(400, "Bad Request", "The parameter format has an invalid value.",
                                   "/api/v1/talents/export"))}),
       "401": ref("responses", "Unauthorized"),
       "403": forbidden("The caller is a `talent`, " + FORCED + ".", "/api/v1/talents/export")},
      params=[ref("parameters", n) for n in TALENT_FILTERS + ["ExportFormat"]])),
  ("/api/v1/talents/{id}", *authed("put", "updateTalent", "Edit a talent profile", ["Talents"],
      "Replaces the editable fields of one profile with the body: every field is validated as for a new profile "
      "(`POST /api/v1/talents`), all at once, and an optional field that is absent or blank is removed from the "
      "profile (except as the table says). If any field is invalid nothing is stored and the answer is a 422 whose "
      "`errors` names each invalid field. The resident ID number never changes: `residentID` and `consent` in the "
      "body are ignored, so gender and birth date stay as they are.\n\n"
      "| Caller | May edit | Limits |\n|---|---|---|\n"
      "| `admin`, `officer` | every profile | — |\n"
      "| `provider`, `employer` | profiles whose employer is the caller's organisation | `employerID` must stay "
      "the caller's organisation (otherwise, or without it, a 422 on `employerID`); an absent or blank `mobile` keeps "
      "the stored number (they see it masked only) |\n"
      "| `talent` | their own profile (linked to their account) | `employerID`, `categories` and `keyGroups` are "
      "ignored and stay as they are |\n\n"
      "A profile outside the caller's scope, or erased, is a 404, exactly like one that does not exist. The profile "
      "is looked up before the body is decoded, so such an id is a 404 even with a malformed body.\n\n"
      "A change is recorded in the audit trail (`talent.update`, with the names of the changed fields, never their "
      "values) and sets `updatedAt`; when nothing changed, nothing is written or recorded. There is no check for "
      "concurrent edits: the last one wins.\n\n"
      "Needs a bearer token with scope `read_write`: the session cookie is not accepted for writes.",
      {"200": ok_status("Talent", "The profile as stored after the edit, with the identifiers masked only (no "
                        "`residentID` or `mobile`, whatever the role)."),
       "400": problem_resp("The body is not well-formed JSON, or a field has the wrong JSON type (e.g. a number for "
                           "`graduationYear`, or a string for `categories`; also for the ignored `residentID` and "
                           "`consent`), or it contains a NUL character. `detail` is a general sentence in the "
                           "language chosen by `lang`.",
           problem_example(400, "Bad Request", "The request is not well formed; please check the submitted data.",
                           "/api/v1/talents/" + talent_id)),
       "401": ref("responses", "Unauthorized"),
       "403": forbidden("The request is authenticated with a read-only (`read`) token, " + FORCED + ".",
                        "/api/v1/talents/" + talent_id, "A read-only token cannot change data."),
       "404": problem_resp("No such profile, one outside the caller's scope (see the table; the two are not "
                           "distinguished), or an erased one. An `id` that is not a UUID is also a 404.",
           problem_example(404, "Not Found", "Not Found", "/api/v1/talents/" + talent_id)),
       "415": problem_resp("The request has no `Content-Type` or one the server cannot decode; send `application/json`.",
           problem_example(415, "Unsupported Media Type", "Can't decode data without a content type",
                           "/api/v1/talents/" + talent_id)),
       "422": problem_resp("One or more fields are invalid; nothing was stored. `errors` has one entry per invalid "
                           "field, in the order " + UPDATE_ERRORS_ORDER + "; `detail` joins their messages. A missing "
                           "required field counts as invalid. For a `provider` or `employer`, an `employerID` that "
                           "is not their own organisation (or is missing) is reported on its own, once every other "
                           "field is valid.",
           problem_example(422, "Unprocessable Entity",
                           "You can add profiles only for your own organisation; choose it as the employer.",
                           "/api/v1/talents/" + talent_id,
                           [{"field": "employerID",
                             "message": "You can add profiles only for your own organisation; choose it as the "
                                        "employer."}]))},
      params=[ref("parameters", "TalentID")],
      body={"required": True, "description": "The profile's new editable fields (the whole set, not a patch).",
            "content": {"application/json": {"schema": S("TalentUpdate")}}},
      security=WRITE_SECURITY)),
]
for path, method, o in search_ops:
    paths.setdefault(path, {})[method] = o
# List before create on the collection, read before edit on the item.
paths["/api/v1/talents"] = {m: paths["/api/v1/talents"][m] for m in ("get", "post")}

talent_input_props = schemas["TalentInput"]["properties"]
IGNORED = {"type": "string", "description": "Ignored if sent (it must still be a string): "}
schemas.update({
  "TalentSummary": obj({
      "id": uuid(examples=[talent_id]),
      "name": {"type": "string", "examples": ["张伟"]},
      "gender": {"type": "string", "enum": ["male", "female"], "description": "Derived from the resident ID number."},
      "birthDate": {"type": "string", "format": "date", "examples": ["1990-05-08"],
                    "description": "`YYYY-MM-DD`, derived from the resident ID number."},
      "residentIDMasked": {"type": "string", "pattern": "^[0-9]{6}\\*{8}[0-9]{3}[0-9X]$",
                           "examples": ["370303********1234"],
                           "description": "The resident ID number masked: first six and last four characters. Sent "
                                          "to every caller."},
      "residentID": {"type": "string", "pattern": "^[0-9]{17}[0-9X]$", "examples": [talent_rid],
                     "description": "The full resident ID number (upper-case `X`). Present only for administrators "
                                    "and officers; omitted for every other role."},
      "districtCode": {"type": "string", "examples": ["370303"],
                       "description": "Code of the district, county or zone (see `/api/v1/districts`)."},
      "educationLevel": {**education_level, "description": EDUCATION_DESC + " Omitted when not given."},
      "employerID": uuid("The employing organisation (see `/api/v1/organizations`); omitted when there is none.",
                         examples=[acme_id]),
      "employerName": {"type": "string", "examples": ["淄博示例数字科技有限公司"],
                       "description": "Name of the employing organisation; omitted when there is none."},
      "titleLevel": {**title_level, "description": TITLE_LEVEL_DESC + " Omitted when unknown."},
      "skillLevel": {**skill_level, "description": SKILL_LEVEL_DESC + " Omitted when unknown."},
      "status": {"type": "string", "enum": ["active", "archived", "erased"],
                 "description": "`active` in the pool; `archived` kept but no longer active. Erased profiles are "
                                "not found by a search."},
      "updatedAt": timestamp("When the profile last changed (or was created).")},
      ["id", "name", "gender", "birthDate", "districtCode", "status"],
      "A talent profile in a search result: the fields a result list shows. Optional properties without a value "
      "are omitted. Fetch `/api/v1/talents/{id}` for the whole profile.",
      examples=[summary_example]),
  "TalentPage": obj({
      "items": {"type": "array", "items": S("TalentSummary"),
                "description": "The page's profiles in the order asked for by `sort`."},
      "total": {"type": "integer", "minimum": 0, "maximum": 10000,
                "description": "Number of profiles matching the search over all pages: exact up to 10,000; above "
                               "that 10000, with `totalIsCapped` true."},
      "totalIsCapped": {"type": "boolean",
                        "description": "True when more than 10,000 profiles match and `total` shows 10000 only."},
      "nextCursor": {"type": ["string", "null"], "examples": ["r.0.1042"],
                     "description": "Opaque keyset cursor for the next page: pass it back unchanged as `cursor`, "
                                    "with the same other parameters. Always present; null on the last page."}},
      ["items", "total", "totalIsCapped", "nextCursor"], "One page of a talent search (keyset pagination)."),
  "TalentUpdate": {
      "type": "object",
      "description": "The editable fields of a profile: the fields of `TalentInput` (same types, same checks), "
                     "replacing the stored ones as a whole — an optional field that is absent or blank is removed. "
                     "`residentID` and `consent` are ignored: the resident ID number (and so gender and birth date) "
                     "never changes. A field of another JSON type is a 400; unknown properties are ignored.",
      "required": ["name", "districtCode"],
      "properties": {
          "name": talent_input_props["name"],
          "mobile": {**talent_input_props["mobile"],
                     "description": talent_input_props["mobile"]["description"] + " Absent or blank removes the "
                                    "number, except for a `provider` or `employer`, for whom it keeps the stored one "
                                    "(they see it masked only)."},
          "email": talent_input_props["email"],
          "districtCode": talent_input_props["districtCode"],
          "educationLevel": talent_input_props["educationLevel"],
          "school": talent_input_props["school"],
          "major": talent_input_props["major"],
          "graduationYear": talent_input_props["graduationYear"],
          "employerID": {**talent_input_props["employerID"],
                         "description": "Optional `id` of the registered organisation employing the person (see "
                                        "`/api/v1/organizations`). Providers and employers must keep their own "
                                        "organisation (they cannot move a person to another one, or remove it); "
                                        "administrators and officers may give any, or none. Ignored when a "
                                        "`talent` edits their own profile."},
          "occupations": talent_input_props["occupations"],
          "skills": talent_input_props["skills"],
          "categories": code_list("Optional codes of " + CATEGORY_DESC + ". Every code must be one the active policy "
                                  "defines; duplicates are dropped. Ignored when a `talent` edits their own "
                                  "profile.", ["taishan"]),
          "keyGroups": code_list("Optional codes of " + KEY_GROUP_DESC + ". Every code must be one the active "
                                 "policy defines; duplicates are dropped. Ignored when a `talent` edits their own "
                                 "profile.", ["college_graduates"]),
          "residentID": {**IGNORED, "description": IGNORED["description"] + "the resident ID number never changes."},
          "consent": {**IGNORED, "description": IGNORED["description"] + "consent was given when the profile was "
                                                "created."}},
      "examples": [{"name": "张伟", "mobile": "13812345678", "email": "zhangwei@example.com", "districtCode": "370303",
                    "educationLevel": "master", "school": "山东理工大学", "major": "数据科学与大数据技术",
                    "graduationYear": "2012", "employerID": acme_id, "occupations": "2-02-38-03, 4-04-05-05",
                    "skills": "Python、数据分析、机器学习", "keyGroups": ["college_graduates"]}]},
})

security_schemes = {
  "bearerToken": {
    "type": "http", "scheme": "bearer", "bearerFormat": "tlt_…",
    "description": "A personal API token in `Authorization: Bearer tlt_…`. Signed-in users create tokens on the "
                   "account page (`/account`), choosing a name, a scope — `read` (GET only) or `read_write` — and a "
                   "lifetime of 1–365 days; the secret is shown once. A token that is unknown, revoked or expired "
                   "(or whose account is deactivated) is a 401 problem — on every `/api/` route, also the public "
                   "ones — never a silent anonymous request. A `read` token used for a write is a 403 problem. "
                   "A token acts with its account's role and scope of access."},
  "sessionCookie": {
    "type": "apiKey", "in": "cookie", "name": "talent_session",
    "description": "The browser session set by signing in on the website. Under `/api/` it is accepted for GET "
                   "only: on a write it is ignored (a cookie-authenticated write would bypass the CSRF check that "
                   "guards forms), so writes through the API need a bearer token."},
}

doc = {
  "openapi": "3.1.0",
  "info": {
    "title": "Zibo Digital Talent Platform API",
    "version": "1.0.0",
    "summary": "JSON API of the Zibo Digital Talent Platform.",
    "description":
      "淄博市数字人才培育服务平台 (Zibo Digital Talent Platform): JSON API for the policy "
      "《淄博市加快数字人才培育支撑数字经济发展的若干措施》 — its measures, responsible departments and yearly "
      "targets — and the reference data (occupation catalogue, districts, key industry chains), which are public; "
      "and, for signed-in users, accounts, organisations, talent profiles, personal API tokens and the audit trail.\n\n"
      "**Conventions**\n"
      "- The policy, reference-data and meta routes are public (no authentication) and read-only (`GET`). "
      "The Accounts, Organizations, Talents and Audit routes need authentication (see **Authentication**).\n"
      "- JSON property names are camelCase as in the server's types; optional properties with no value are omitted.\n"
      "- Dates: `effectiveDate` is a `YYYY-MM-DD` string; timestamps (`activatedAt`, `expiresAt`, `occurredAt`, …) are "
      "ISO 8601 / RFC 3339 UTC strings without fractional seconds (Vapor's default JSON date strategy).\n"
      "- Texts that exist in both languages are `LocalizedText` objects `{\"zh\": …, \"en\": …}`.\n"
      "- Every response carries an `X-Request-ID` header; errors are `application/problem+json` (RFC 9457) with the same id in `requestId`. "
      "A 422 also lists every invalid field in `errors` (`[{\"field\": …, \"message\": …}]`).\n"
      "- The `lang` query parameter (`zh`|`en`) selects the language of localized error messages.\n\n"
      "**Targets** are yearly (`period: year`) and are defined in the policy file, not in code: an administrator "
      "can activate a new policy version (e.g. next year's targets) without a rebuild. `/api/v1/policy` tells which "
      "version is active. Until the policy is loaded the policy routes answer 503.\n\n"
      "**Pagination** of `/api/v1/occupations` and `/api/v1/talents` is keyset-based: pass a response's `nextCursor` "
      "back as `cursor` to get the next page; `nextCursor` is null on the last page. `/api/v1/audit-events` pages by "
      "`before` (the last `sequence` seen), 50 events a page.\n\n"
      "**Authentication** for the signed-in routes: either a personal API token, `Authorization: Bearer tlt_…` "
      "(scheme `bearerToken`; created on the account page, scope `read` or `read_write`), or the website's session "
      "cookie `talent_session` (scheme `sessionCookie`; GET only — API writes need a bearer token with scope "
      "`read_write`). Missing or rejected credentials are a 401 problem; an unknown, revoked or expired bearer token "
      "is a 401 on every `/api/` route, including the public ones. What a caller may see or do follows the "
      "account's role; a role without access, a read-only token used for a write, or an account that must first "
      "choose its own password gets a 403 problem. List routes return only the rows the caller may see; a "
      "single record outside the caller's scope (a talent profile) is a 404, as if it did not exist.\n\n"
      "**Personal data**: resident ID and mobile numbers of talents are stored encrypted and sent masked "
      "(`370303********1234`, `138****5678`); only administrators and officers also get the full numbers.",
  },
  "servers": [{"url": "/"}],
  "tags": [
    {"name": "Policy", "description": "The active policy: measures, departments, yearly targets."},
    {"name": "Reference data", "description": "Occupation catalogue, districts and key industry chains."},
    {"name": "Accounts", "description": "The signed-in account, the accounts the caller may see, personal API tokens."},
    {"name": "Organizations", "description": "Organisations that employers and providers act for."},
    {"name": "Talents", "description": "Talent profiles of the citywide digital talent pool (M12): search, export, "
                                       "create, read and edit."},
    {"name": "Audit", "description": "The append-only, hash-chained audit trail (administrators)."},
    {"name": "Meta", "description": "This API description."},
  ],
  "security": [],
  "paths": paths,
  "components": {"schemas": schemas, "parameters": parameters, "responses": responses, "headers": headers,
                 "securitySchemes": security_schemes},
}

import pathlib

OUTPUT = pathlib.Path(__file__).resolve().parent.parent / "Sources" / "App" / "Resources" / "openapi.json"
with open(OUTPUT, "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=2)
    f.write("\n")
