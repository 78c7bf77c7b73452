#!/usr/bin/env python3
"""Writes Sources/Operations/Resources/openapi.json, the OpenAPI 3.1 description of /api/v1.

Edit the routes and schemas here and run `python3 scripts/openapi.py`; the Swift test
OpenAPITests fails when a registered /api route is missing from the document or the
document names one that does not exist.
"""
import json


# A downloaded file of personal data: never cached, CSV text after a byte order mark.
NO_STORE_HEADER = {"description": "`no-store`: the file holds personal data.", "required": True,
                   "schema": {"type": "string", "const": "no-store"}}
CSV_TEXT = {"type": "string", "description": "CSV text (RFC 4180) after a UTF-8 byte order mark."}

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
  "/api/v1/targets": op("listTargetProgress", "Get the year's targets with their actual figures", ["Policy"],
      "Every yearly target of the active policy, in policy order, with the actual figure the platform computes from "
      "its own records where it computes one — for the whole city, or for one district with `district`. Public, like "
      "the home and measure pages that show the same figures. `year` is checked first, then `district`; both before "
      "the policy is read.\n\n"
      "**Tracked figures.** A target whose `metric` is one of these five is tracked (`tracked: true`) and has "
      "`actual`, `percent` and `met`. Each figure counts a person — for `advanced_seminars_held` a cohort — **at most "
      "once per year**, however many records qualify them, in the year of the date of the record that counts them:\n\n"
      "| `metric` | Counts | In the year of |\n|---|---|---|\n"
      "| `engineers_trained` (M1) | distinct talents who completed (结业) a digital technology engineer training "
      "program (`engineer_training`) | the enrolment's completion date |\n"
      "| `advanced_seminars_held` (M1) | cohorts (期) of advanced seminar programs (`advanced_seminar`) with at least "
      "one participant completing | the participant's completion date |\n"
      "| `seminar_trainees` (M1) | distinct talents who completed an advanced seminar | the enrolment's completion "
      "date |\n"
      "| `high_skill_talents_cultivated` (M2) | distinct talents who obtained a valid (unrevoked) vocational skill "
      "level certificate (`skill_level`) at 技师 (`technician`) or above in a digital occupation (`isDigital` in the "
      "occupation catalogue) | the certificate's issue date (`issuedOn`) |\n"
      "| `digital_skill_talents_cultivated` (M2) | distinct talents who obtained a valid skill level certificate of "
      "any level in a digital occupation — so every high-skill talent counts here too | the certificate's issue "
      "date |\n\n"
      "Completions of other program kinds (`exchange`, `skill_training`, `order_training`) and other certificate "
      "kinds count toward no figure. When a certificate is revoked its holder stops counting for that year unless "
      "another valid certificate issued in the same year still qualifies them. A tracked figure without any "
      "qualifying record is `0`.\n\n"
      "**`percent` and `met`.** `percent` is `actual × 100 / value` rounded down to a whole percent (100 when "
      "`value` is 0); it passes 100 when a target is exceeded. `met` compares `actual` with `value` as the target's "
      "`comparison` says: `at_least` ≥, `at_most` ≤, `exactly` =.\n\n"
      "**Untracked targets.** A target whose metric the platform does not compute yet — in the 2025 policy the M3 "
      "catalogue editions, the M6 competition events and the M8 digital share of nominations — has "
      "`tracked: false` and no `actual`, `percent` or `met`.\n\n"
      "**District figures.** Without `district` the figures are citywide. With it, a person counts in the district "
      "of their talent profile when they were counted (a later change of the profile does not move them), and a "
      "seminar cohort in the district of the program's provider organisation. Target values are the city's: a "
      "district's `percent` and `met` compare its figure with the citywide `value`.",
      "TargetProgressList", "The targets of the active policy with their figures for the year (and district).",
      params=[ref("parameters", "TargetYear"), ref("parameters", "TargetDistrict")],
      errors=[("400", "TargetsBadRequest"), policy_503]),
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
      "requestID": {"type": "string", "description": "Same value as the `X-Request-ID` response header; quote it when reporting a problem."}},
      ["type", "title", "status", "instance", "requestID"],
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
       "instance": "/api/v1/occupations", "requestID": rid}),
  "NotFound": problem_resp("No such resource (e.g. no measure with that code).",
      {"type": "about:blank", "title": "Not Found", "status": 404,
       "detail": "No measure M99; measures are M1 to M12.", "instance": "/api/v1/measures/M99", "requestID": rid}),
  "ServiceUnavailable": problem_resp("The policy file is not loaded yet (during start-up); retry later.",
      {"type": "about:blank", "title": "Service Unavailable", "status": 503,
       "instance": "/api/v1/measures", "requestID": rid}),
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
# Yearly target figures (GET /api/v1/targets): targets with actuals from records.
# ---------------------------------------------------------------------------

schemas.update({
  "TargetProgress": {**obj({
      "target": S("Target"),
      "tracked": {"type": "boolean",
                  "description": "Whether the platform computes this target's figure from its records (its `metric` "
                                 "is one of the tracked metrics, see the route). When false, `actual`, `percent` and "
                                 "`met` are absent."},
      "actual": {"type": "integer", "minimum": 0, "examples": [236],
                 "description": "Only when tracked: the figure for the year (and district) — distinct people, or "
                                "cohorts for `advanced_seminars_held`, each counted once per year."},
      "percent": {"type": "integer", "minimum": 0, "examples": [118],
                  "description": "Only when tracked: `actual × 100 / value`, rounded down (100 when `value` is 0). "
                                 "May pass 100."},
      "met": {"type": "boolean",
              "description": "Only when tracked: whether `actual` compares to `value` as the target's `comparison` "
                             "says (≥, ≤ or =)."}},
      ["target", "tracked"],
      "A yearly target with its actual figure where the platform computes one."),
      "if": {"properties": {"tracked": {"const": True}}},
      "then": {"required": ["actual", "percent", "met"]},
      "else": {"not": {"anyOf": [{"required": ["actual"]}, {"required": ["percent"]}, {"required": ["met"]}]}}},
  "TargetProgressList": obj({
      "year": {"type": "integer", "minimum": 2000, "maximum": 2100, "examples": [2025],
               "description": "The calendar year of the figures: the `year` asked for, or the current year in China "
                              "Standard Time."},
      "district": {"type": "string", "examples": ["370303"],
                   "description": "The district the figures are limited to; omitted for citywide figures."},
      "items": {"type": "array", "items": S("TargetProgress"),
                "description": "Every target of the active policy, in policy order."}},
      ["year", "items"], "The year's targets of the active policy with their actual figures."),
})

parameters.update({
  "TargetYear": {"name": "year", "in": "query", "required": False,
                 "description": "Calendar year of the figures: a whole number from 2000 to 2100; anything else is a "
                                "400 naming `year`. Default: the current year in China Standard Time (Asia/Shanghai). "
                                "Surrounding white space is trimmed; an empty value counts as absent.",
                 "schema": {"type": "integer", "minimum": 2000, "maximum": 2100, "examples": [2025]}},
  "TargetDistrict": {"name": "district", "in": "query", "required": False,
                     "description": "Limit the figures to one district, county or zone: a code from "
                                    "`/api/v1/districts`, usually a six-digit administrative division code such as "
                                    "`370303` (张店区). An unknown code is a 400 naming `district`. Absent: citywide. "
                                    "Surrounding white space is trimmed; an empty value counts as absent.",
                     "schema": {"type": "string", "examples": ["370303"]}},
})

responses["TargetsBadRequest"] = problem_resp(
    "`year` is not a whole number from 2000 to 2100, or `district` is not a code from `/api/v1/districts`. "
    "`detail` names the parameter in the language chosen by `lang`.", None)
responses["TargetsBadRequest"]["content"]["application/problem+json"].pop("example")
responses["TargetsBadRequest"]["content"]["application/problem+json"]["examples"] = {
    "year": {"summary": "A year outside 2000–2100 (`?year=1999`)",
             "value": {"type": "about:blank", "title": "Bad Request", "status": 400,
                       "detail": "The parameter year has an invalid value.", "instance": "/api/v1/targets",
                       "requestID": rid}},
    "district": {"summary": "An unknown district (`?district=379999&lang=zh`)",
                 "value": {"type": "about:blank", "title": "Bad Request", "status": 400,
                           "detail": "参数 district 的值无效。", "instance": "/api/v1/targets", "requestID": rid}},
}

def _target(id_, measure, metric, zh, en, comparison, value, unit, departments):
    return {"id": id_, "measure": measure, "metric": metric, "label": {"zh": zh, "en": en},
            "comparison": comparison, "value": value, "unit": unit, "period": "year", "departments": departments}

# The eight targets of the shipped policy (Sources/Reference/Resources/policy/zibo-2025.yaml).
POLICY_TARGETS = [
    _target("m1-engineers-trained", "M1", "engineers_trained", "数字技术工程师培训人数",
            "Digital technology engineers trained", "at_least", 200, "person", ["HRSS"]),
    _target("m1-advanced-seminars", "M1", "advanced_seminars_held", "数字技术高级研修项目期数",
            "Advanced digital technology seminar sessions held", "at_least", 2, "session", ["HRSS"]),
    _target("m1-seminar-trainees", "M1", "seminar_trainees", "培训数字产业高层次和急需紧缺人才人数",
            "High-level and urgently needed digital-industry talents trained in seminars", "at_least", 60, "person",
            ["HRSS"]),
    _target("m2-high-skill-talents", "M2", "high_skill_talents_cultivated", "培养数字领域高技能人才人数",
            "High-skill talents cultivated in digital fields", "at_least", 30, "person", ["HRSS"]),
    _target("m2-digital-skill-talents", "M2", "digital_skill_talents_cultivated", "培养数字技能人才人数",
            "Digital skill talents cultivated", "at_least", 100, "person", ["HRSS"]),
    _target("m3-urgent-need-catalogue", "M3", "urgent_need_catalogue_editions", "淄博市急需紧缺数字工程师目录编制版数",
            "Editions of the Zibo catalogue of urgently needed digital engineers compiled", "exactly", 1, "edition",
            ["MIIT", "HRSS"]),
    _target("m6-skill-competition-digital-events", "M6", "skill_competition_digital_events",
            "“技能兴淄”职业技能竞赛数字领域竞赛项目数",
            "Digital-field events in the 'Skills Boost Zibo' vocational skills competition", "at_least", 5, "event",
            ["CAC", "MIIT", "HRSS", "DATA"]),
    _target("m8-digital-share-of-nominations", "M8", "digital_share_of_high_skill_nominations",
            "淄博英才计划高技能人才推荐中数字领域技能人才占比",
            "Share of digital-field skill talents among Zibo Talent Plan high-skill nominations", "at_least", 20,
            "percent", ["HRSS"]),
]

def target_progress_example(year, actuals, district=None):
    """The response for `actuals` ({metric: figure}); targets without a figure are untracked."""
    items = []
    for t in POLICY_TARGETS:
        item = {"target": t}
        if t["metric"] in actuals:
            actual = actuals[t["metric"]]
            met = {"at_least": actual >= t["value"], "at_most": actual <= t["value"],
                   "exactly": actual == t["value"]}[t["comparison"]]
            item.update({"actual": actual, "percent": actual * 100 // t["value"] if t["value"] > 0 else 100,
                         "met": met})
        item["tracked"] = t["metric"] in actuals
        items.append(item)
    return {"year": year, **({"district": district} if district else {}), "items": items}

paths["/api/v1/targets"]["get"]["responses"]["200"]["content"]["application/json"]["examples"] = {
    "citywide": {"summary": "Citywide figures for 2025 (`?year=2025`): engineers trained passed the target (118 %)",
                 "value": target_progress_example(2025, {
                     "engineers_trained": 236, "advanced_seminars_held": 1, "seminar_trainees": 48,
                     "high_skill_talents_cultivated": 31, "digital_skill_talents_cultivated": 87})},
    "district": {"summary": "张店区 in 2025 (`?year=2025&district=370303`), compared with the citywide targets",
                 "value": target_progress_example(2025, {
                     "engineers_trained": 94, "advanced_seminars_held": 1, "seminar_trainees": 17,
                     "high_skill_talents_cultivated": 12, "digital_skill_talents_cultivated": 35},
                     district="370303")},
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
    e["requestID"] = rid
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
                           "Cache-Control": NO_STORE_HEADER},
               "content": {
                   "text/csv; charset=utf-8": {
                       "schema": CSV_TEXT,
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

# ---------------------------------------------------------------------------
# Training (M1, M2, M3): programs, cohorts, sessions and enrolments; certificates.
# ---------------------------------------------------------------------------

# The public catalogue and a program's page take a caller if there is one (a draft is
# shown to those who manage it), so authentication is optional there.
OPTIONAL_SECURITY = [{}] + READ_SECURITY
WRITE_NOTE = "Needs a bearer token with scope `read_write`: the session cookie is not accepted for writes."

program_id = "5F0C3A9E-2B1D-4C8E-9F7A-1D2E3F4A5B6C"
cohort_id = "8A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D"
session_id = "C2D3E4F5-A6B7-4C8D-9E0F-1A2B3C4D5E6F"
enrollment_id = "E1F2A3B4-C5D6-4E7F-8A9B-0C1D2E3F4A5B"
certificate_id = "9B8A7C6D-5E4F-4A3B-2C1D-0E9F8A7B6C5D"
provider_org_id = "3D6F8A2B-7C4E-4B1A-9E5D-2F8C6A4B1E7D"
cert_code = "7K3M-Q9TX-2HCV-8RWP"
voucher_batch_id = "4A7C2E91-3B5D-4F68-8A1C-6E2D9B7F0A35"
voucher_id = "D4E5F6A7-B8C9-4DAE-9F01-2B3C4D5E6F70"
voucher_id_2 = "0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0"
# A program of a catalogue occupation (2-02-38-03 大数据工程技术人员) that takes vouchers, and an enrolment in it.
voucher_program_id = "B3C4D5E6-F7A8-4B9C-8D0E-1F2A3B4C5D6E"
voucher_enrollment_id = "C9D8E7F6-A5B4-4C3D-9E2F-1A0B9C8D7E6F"
talent_id_2 = "2C8B6A4D-1E3F-4D5A-9B7C-8E6F4A2B0C1D"
# A real Ed25519 key pair and signature (of `cert_payload`), so the examples check out with OpenSSL.
cert_signature = "QZV+W5JbFDtXvvnvL7maskwUE4CW2JUp6R1N4aV59JBiiKlP/AWJlpJyLSHKLymaUL9/mWIfCQcF1JzF7GK6CQ=="
cert_key_id = "6e2050d1ffad0db1"
cert_public_key = "RkuQjcde0bfVd7zd0QJxQMHgTh1ajc+AiVldTGQLRuo="
cert_pem = "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA" + cert_public_key + "\n-----END PUBLIC KEY-----\n"
cert_payload = ("zibo-talent-certificate/v1\ncode=7K3MQ9TX2HCV8RWP\nkind=training_completion\nlevel=intermediate\n"
                "occupation=2-02-10-09\nissuer=淄博数智职业培训学校\nnumber=ZB2026-0001\nissued=2026-09-30\nholder=张*")

LENIENT_NOTE = ("Every property is read leniently, as text: a JSON string, number or boolean is accepted and taken as its "
                "text (`40` as `\"40\"`, `1.5` as `\"1.5\"`, `true` as `\"true\"`), and surrounding white space is trimmed. "
                "Null, an empty or blank string and an absent property all mean “not given”. An object or array is "
                "reported as invalid for that property (422). Unknown properties are ignored. Each property is checked "
                "and every invalid one is reported in the 422 `errors` (a missing required one included).")

def lenient(desc, types=("string",), **kw):
    """A property of an input read by `@LenientText`: strings, numbers and booleans are all accepted."""
    t = list(types)
    for extra in ("number", "boolean", "null"):
        if extra not in t and not (extra == "number" and "integer" in t):
            t.append(extra)
    return {"type": t, "description": desc, **kw}

def lenient_choice(desc, values, **kw):
    return {"type": ["string", "null"], "enum": list(values) + [None], "description": desc, **kw}

def body(schema_name, desc, required=True):
    return {"required": required, "description": desc,
            "content": {"application/json": {"schema": S(schema_name)}}}

def malformed(instance):
    return problem_resp("The body is not well-formed JSON or not a JSON object (property values of any JSON type are "
                        "accepted, see the schema). `detail` is a general sentence in the language chosen by `lang`.",
        problem_example(400, "Bad Request", "The request is not well formed; please check the submitted data.", instance))

def unsupported(instance):
    return problem_resp("The request has no `Content-Type` or one the server cannot decode; send `application/json`.",
        problem_example(415, "Unsupported Media Type", "Can't decode data without a content type", instance))

def refused(desc, instance, errors, detail=None, has_body=True):
    tail = " Nothing was stored." + (" An empty body (no JSON at all) is also a 422, without `errors`." if has_body else "")
    return problem_resp(desc + tail,
        problem_example(422, "Unprocessable Entity", detail or " ".join(e["message"] for e in errors), instance,
                        errors))

def not_found(desc, instance):
    return problem_resp(desc, problem_example(404, "Not Found", "Not Found", instance))

def conflict(desc, instance):
    return problem_resp(desc + " Nothing was stored for this request; retrying gives the 422 that names the field.",
        problem_example(409, "Conflict", "Another request changed this data or it was submitted twice. "
                                         "Reload the page and try again.", instance))

def forced(instance, extra=None):
    if extra is None:
        return forbidden("The account must choose its own password first (first sign-in or after a reset).", instance,
                         "Before you continue, choose your own password (first sign-in or after a reset).")
    return forbidden(extra + ", " + FORCED + ".", instance)

def write_forbidden(who, instance):
    """403 of a write: the role, a read-only token, a forced password change."""
    prefix = (who + ", the request is authenticated with a read-only (`read`) token, ") if who else \
             "The request is authenticated with a read-only (`read`) token, "
    return forbidden(prefix + FORCED + ".", instance, "A read-only token cannot change data.")

def item_path(base, ident): return f"/api/v1/{base}/{ident}"

P_PROGRAMS = "/api/v1/programs"
P_PROGRAM = item_path("programs", program_id)
P_COHORT = item_path("cohorts", cohort_id)
P_SESSION = item_path("sessions", session_id)
P_ENROLLMENT = item_path("enrollments", enrollment_id)
P_CERTIFICATE = item_path("certificates", certificate_id)
P_VOUCHER_BATCHES = "/api/v1/voucher-batches"
P_VOUCHERS = "/api/v1/vouchers"
P_SETTLEMENT = "/api/v1/vouchers/settlement"
P_VOUCHER_CANCEL = item_path("vouchers", voucher_id_2) + "/cancel"
P_VOUCHER_BATCH_CANCEL = item_path("voucher-batches", voucher_batch_id) + "/cancel"
enrollment_import_id = "6D2F4B8A-3C1E-4F5A-9B7D-8E0C2A4F6B13"
P_COHORT_IMPORT = P_COHORT + "/enrollments/import"
P_ENROLLMENT_IMPORT = item_path("enrollment-imports", enrollment_import_id)
P_ENROLLMENT_IMPORT_REPORT = P_ENROLLMENT_IMPORT + "/report.csv"

PROGRAM_MANAGERS = ("| Caller | Programs |\n|---|---|\n"
                    "| `admin` | every program |\n"
                    "| `provider` | the programs of the caller's organisation (none if the account has no organisation) |\n"
                    "| `officer`, `talent`, `employer` | — (403) |\n\n")
COHORT_MANAGERS = ("Only callers who may change the cohort's program: administrators, and a `provider` for their "
                   "organisation's programs. For anyone else — officers included — the cohort is a 404, as if it did "
                   "not exist.")
ENROLLMENT_ACTORS = ("| Caller | Enrolments |\n|---|---|\n"
                     "| `admin` | every enrolment |\n"
                     "| `provider` | those of the caller's organisation's programs |\n"
                     "| `talent` | their own — for `withdraw` only; any other action is a 403 |\n"
                     "| `officer`, `employer` | — (403) |\n\n"
                     "An enrolment outside the caller's scope is a 404, exactly like one that does not exist.")
PROGRAM_RULES_ORDER = ("`providerID`, `kind`, `title`, `measure`, `occupationCode`, `direction`, `engineerLevel`, "
                       "`skillLevel`, `theme`, `experts`, `format`, `description`, `capacity`, `startsOn`, `endsOn`, "
                       "`delivery`, `place`, `fee`, `minAttendancePercent`, `requireCertificateKind`, "
                       "`requireCertificateLevel`, `requireYearsInField`, `requireEducation`, `requireSkillLevel`")
voucher_batch_example = {"id": voucher_batch_id, "name": "2026年高校毕业生数字技能培训券", "keyGroup": "college_graduates",
                         "districtCode": "370303", "occupationCode": "2-02-38-03", "valueFen": 80000,
                         "issuedOn": "2026-03-02", "expiresOn": "2026-12-31", "issuedCount": 118}
voucher_example = {"id": voucher_id, "batchID": voucher_batch_id, "talentID": talent_id, "keyGroup": "college_graduates",
                   "occupationCode": "2-02-38-03", "valueFen": 80000, "issuedOn": "2026-03-02",
                   "expiresOn": "2026-12-31", "status": "redeemed", "redeemedAt": "2026-06-02T01:14:09Z",
                   "enrollmentID": voucher_enrollment_id, "programID": voucher_program_id}
settlement_example = {"from": "2026-06-01", "to": "2026-06-30", "totalFen": 160000, "items": [
    {"voucherID": voucher_id, "redeemedAt": "2026-06-02T01:14:09Z", "valueFen": 80000, "occupationCode": "2-02-38-03",
     "holder": "张*明", "programID": voucher_program_id, "programTitle": "大数据工程技术人员（初级）培训",
     "providerID": provider_org_id},
    {"voucherID": voucher_id_2, "redeemedAt": "2026-06-11T07:42:30Z", "valueFen": 80000, "occupationCode": "2-02-38-03",
     "holder": "孙*", "programID": voucher_program_id, "programTitle": "大数据工程技术人员（初级）培训",
     "providerID": provider_org_id}]}
VOUCHER_ISSUERS = ("| Caller | Batches |\n|---|---|\n"
                   "| `admin`, `officer` | every batch |\n"
                   "| `provider`, `talent`, `employer` | — (403) |")
VOUCHER_SCOPE = ("| Caller | Vouchers |\n|---|---|\n"
                 "| `admin`, `officer` | every voucher |\n"
                 "| `provider` | those redeemed in the caller's organisation's programs (none if the account has no "
                 "organisation); a voucher given back on withdrawal leaves the list |\n"
                 "| `talent` | their own (held by the profile linked to their account; none without a profile) |\n"
                 "| `employer` | — (403) |")
VOUCHER_CANCELLERS = ("| Caller | Vouchers |\n|---|---|\n"
                      "| `admin`, `officer` | every voucher |\n"
                      "| `provider`, `talent`, `employer` | — (403) |")
# Cancelling (作废): a reason as an officer might write it, and the unused voucher of the examples (the second
# one, `issued`) cancelled with it.
voucher_cancel_reason = "持券人已在本市其他培训项目中享受补贴"
voucher_cancelled_example = {**{k: v for k, v in voucher_example.items()
                                if k not in ("redeemedAt", "enrollmentID", "programID")},
                             "id": voucher_id_2, "talentID": talent_id_2, "status": "cancelled",
                             "cancelledAt": "2026-07-01T02:30:00Z", "cancelReason": voucher_cancel_reason}
VOUCHER_REASON_CHECKS = ("`reason` missing (absent, null or blank), not text (an object or array), longer than 200 "
                         "characters (after trimming surrounding white space) or more than one line")
VOUCHER_BATCH_ORDER = ("`name`, `keyGroup`, `districtCode`, `occupationCode`, `value`, `expiresOn`, `maxCount`, "
                       "`talentIDs`")
ENROLLMENT_404 = not_found("No such enrolment, or one outside the caller's scope (see the table; the two are not "
                           "distinguished). An `id` that is not a UUID is also a 404.", P_ENROLLMENT)

def enrollment_action(action, op_id, summary, desc, extra_responses, req_body=None, ok_code="200",
                      ok_schema="Enrollment", ok_desc="The enrolment as stored after the action."):
    responses_ = {ok_code: ok_status(ok_schema, ok_desc)}
    if req_body is not None:
        responses_["400"] = malformed(P_ENROLLMENT + "/" + action)
    responses_["401"] = ref("responses", "Unauthorized")
    responses_["403"] = write_forbidden(
        "The caller is an `officer` or `employer`" + ("" if action == "withdraw" else ", or a `talent` (who may only "
                                                      "withdraw)"), P_ENROLLMENT + "/" + action)
    responses_["404"] = ENROLLMENT_404
    if req_body is not None:
        responses_["415"] = unsupported(P_ENROLLMENT + "/" + action)
    responses_.update(extra_responses)
    return (P_ENROLLMENT.replace(enrollment_id, "{id}") + "/" + action,
            *authed("post", op_id, summary, ["Training"], desc + "\n\n" + ENROLLMENT_ACTORS + "\n\n" + WRITE_NOTE,
                    responses_, params=[ref("parameters", "EnrollmentID")], body=req_body, security=WRITE_SECURITY))

# Enrolment import (POST /api/v1/cohorts/{id}/enrollments/import): one file, four rows — 张伟 and 李娜 are
# accepted, row 3 names no one, row 4 has an ID number with a wrong check character.
import_unknown_id = "0B6A9E7C-5D4F-4E3A-8B2C-1D0E9F8A7B6C"
import_bad_rid = "370303199005081235"
import_csv_zh = ("档案编号,身份证号,姓名,从业年限\r\n" + talent_id + ",,张伟,3\r\n" + import_unknown_id + ",,某人,\r\n"
                 "," + import_bad_rid + ",王芳,5\r\n" + talent_id_2 + ",,李娜,4\r\n")
import_csv_en = "residentID,name,yearsInField\r\n" + talent_rid + ",张伟,3\r\n"
import_problems_en = [
    {"row": 3, "column": "档案编号", "reason": "No one in the talent pool has this id or number."},
    {"row": 4, "column": "身份证号",
     "reason": "The check digit of the ID number does not match; please check every digit."}]
enrollment_import_example = {
    "id": enrollment_import_id, "cohortID": cohort_id, "fileName": "学员名单.csv", "partial": True, "status": "done",
    "rows": 4, "enrolled": 1, "waitlisted": 1, "rejected": 2, "problems": import_problems_en,
    "report": P_ENROLLMENT_IMPORT_REPORT, "createdAt": "2026-06-02T01:14:09Z"}
enrollment_import_rejected_example = {**enrollment_import_example, "partial": False, "status": "rejected",
                                      "enrolled": 0, "waitlisted": 0}
enrollment_import_running_example = {
    "id": enrollment_import_id, "cohortID": cohort_id, "fileName": "学员名单.csv", "partial": False,
    "status": "running", "rows": 0, "enrolled": 0, "waitlisted": 0, "rejected": 0, "problems": [],
    "createdAt": "2026-06-02T01:14:09Z"}
enrollment_import_failed_example = {**enrollment_import_running_example, "status": "failed",
                                    "problem": "This program is not taking applications."}
enrollment_import_clean_example = {
    "id": enrollment_import_id, "cohortID": cohort_id, "fileName": "学员名单.csv", "partial": False, "status": "done",
    "rows": 3, "enrolled": 2, "waitlisted": 1, "rejected": 0, "problems": [], "createdAt": "2026-06-02T01:14:09Z"}
import_report_csv = (
    "行号 Row,列 Column,原因,Reason,档案编号,身份证号,姓名,从业年限\r\n"
    "3,档案编号,人才库中没有此人。,No one in the talent pool has this id or number.," + import_unknown_id + ",,某人,\r\n"
    "4,身份证号,身份证号码校验位不符，请逐位核对。,The check digit of the ID number does not match; please check every "
    "digit.,," + import_bad_rid + ",王芳,5\r\n")
IMPORT_MAX_MB = 20            # EnrollmentImportController.maxUploadMB
IMPORT_MAX_ROWS = "200,000"   # EnrollmentImporter.maxRows
IMPORT_SHOWN_PROBLEMS = 200   # ImportProblemsSection.shownProblems
ROSTER_LIST_LIMIT = 500       # ProgramQuery.rosterListLimit
IMPORT_READERS = ("| Caller | Imports |\n|---|---|\n"
                  "| `admin`, `officer` | every import |\n"
                  "| `provider` | imports into the caller's organisation's programs (none if the account has no "
                  "organisation) |\n"
                  "| `talent`, `employer` | — (403) |\n\n"
                  "An import outside the caller's scope is a 404, exactly like one that does not exist.")

def import_file_refused(summary, detail, instance=P_COHORT_IMPORT):
    return (summary, problem_example(422, "Unprocessable Entity", detail, instance,
                                     [{"field": "file", "message": detail}]))

training_ops = [
  ("/api/v1/programs", *authed("get", "listPrograms", "List training programs: the public catalogue", ["Training"],
      "The training catalogue (M1 数字技术工程师培训, 数字技术高级研修 and 学术技术交流; M2 职业技能培训; M3 校企订单培养): "
      "the **published** programs — status `open`, `running` or `finished`; drafts and archived programs are never "
      "listed — open programs first, then by start date, latest first. At most 200 (those starting latest). Public: "
      "no authentication needed. List items carry no `cohorts`; fetch `/api/v1/programs/{id}` for those.\n\n"
      "**`managed=true`** lists instead the programs the caller runs or oversees, **drafts and archived ones "
      "included**, latest start date first, at most 500; `kind`, `year` and `open` are then ignored (not even "
      "checked). It needs authentication:\n\n"
      "| Caller | Programs |\n|---|---|\n"
      "| `admin`, `officer` | every program |\n"
      "| `provider` | their organisation's (none if the account has no organisation) |\n"
      "| `talent`, `employer` | — (403) |",
      {"200": ok_status("ProgramList", "The programs (possibly none), without `cohorts`."),
       "400": problem_resp("`kind` is not a program kind, or `year` is not a whole number from 2000 to 2100 (not "
                           "checked with `managed=true`). `detail` names the parameter in the language chosen by "
                           "`lang`.",
           problem_example(400, "Bad Request", "The parameter kind has an invalid value.", P_PROGRAMS)),
       "401": ref("responses", "Unauthorized"),
       "403": forbidden("`managed=true` by a `talent` or `employer`.", P_PROGRAMS)},
      params=[ref("parameters", n) for n in ("ProgramKindFilter", "ProgramYear", "ProgramOpen", "ProgramManaged")],
      security=OPTIONAL_SECURITY)),
  ("/api/v1/programs", *authed("post", "createProgram", "Create a training program", ["Training"],
      "Creates a program as a **draft** (`status: draft`): it is not in the public catalogue until it is opened "
      "(`POST /api/v1/programs/{id}/status` with `to: open`). Every field is validated, all at once; if any is "
      "invalid nothing is stored and the answer is a 422 whose `errors` names each invalid field with a message in "
      "the language chosen by `lang`. A created program is recorded in the audit trail (`program.create`).\n\n"
      "| Caller | May create |\n|---|---|\n"
      "| `admin` | programs of any organisation that is not an `enterprise` (training provider, university, "
      "institute or agency), named by `providerID` |\n"
      "| `provider` | programs of their own organisation only: `providerID` is ignored (an account without an "
      "organisation gets a 422 on `providerID`) |\n"
      "| `officer`, `talent`, `employer` | — (403) |\n\n"
      "The body is decoded before the role is checked, so a malformed body is a 400 even for a caller who would "
      "get 403.\n\n" + WRITE_NOTE,
      {"201": ok_status("Program", "The program was created; the body is the stored program, with `cohorts` an "
                        "empty array."),
       "400": malformed(P_PROGRAMS),
       "401": ref("responses", "Unauthorized"),
       "403": write_forbidden("The caller's role may not create programs (`officer`, `talent`, `employer`)",
                              P_PROGRAMS),
       "415": unsupported(P_PROGRAMS),
       "422": refused("One or more fields are invalid. `errors` has one entry per invalid field, in the order "
                      + PROGRAM_RULES_ORDER + "; `detail` joins their messages.", P_PROGRAMS,
                      [{"field": "occupationCode", "message": "Enter the Occupation."},
                       {"field": "endsOn", "message": "The end date cannot be before the start date."}])},
      body=body("ProgramInput", "The new program."), security=WRITE_SECURITY)),
  ("/api/v1/programs/{id}", *authed("get", "getProgram", "Get one training program with its cohorts and sessions",
      ["Training"],
      "One program with all its cohorts (by start date, then name), each with its sessions (by date).\n\n"
      "A **published** program (`open`, `running` or `finished`) is public: no authentication needed. A `draft` or "
      "`archived` program is shown only to those who run or oversee it — administrators and officers (all "
      "programs) and a `provider` (their organisation's); for everyone else it is a 404, as if it did not exist.",
      {"200": ok_status("Program", "The program, with `cohorts` (possibly empty), each with `sessions`."),
       "401": ref("responses", "Unauthorized"),
       "404": not_found("No such program, or a draft or archived one the caller may not manage. An `id` that is "
                        "not a UUID is also a 404.", P_PROGRAM)},
      params=[ref("parameters", "ProgramID")], security=OPTIONAL_SECURITY)),
  ("/api/v1/programs/{id}", *authed("put", "updateProgram", "Edit a training program", ["Training"],
      "Replaces the program's details with the body — the whole set, not a patch, with the same fields and checks "
      "as `POST /api/v1/programs` — while the program is `draft` or `open`. Once it is `running` (or later) its "
      "details are what people enrolled in and can no longer change: the answer is then a 422 on `title`, without "
      "the body being checked. The status is changed separately (`POST /api/v1/programs/{id}/status`); `year` "
      "follows `startsOn`. Changing `capacity` changes the default for new cohorts only.\n\n" + PROGRAM_MANAGERS +
      "An administrator must send `providerID` (and may move the program to another provider); a provider's "
      "`providerID` is ignored. A program outside the caller's scope is a 404; the program is looked up before "
      "the body is decoded, so such an id is a 404 even with a malformed body. The change is recorded in the audit "
      "trail (`program.update`, with the names of the changed fields).\n\n" + WRITE_NOTE,
      {"200": ok_status("Program", "The program as stored after the edit, without `cohorts`."),
       "400": malformed(P_PROGRAM),
       "401": ref("responses", "Unauthorized"),
       "403": write_forbidden("The caller's role may not change programs (`officer`, `talent`, `employer`; for "
                              "them any id is a 403)", P_PROGRAM),
       "404": not_found("No such program, or one of another organisation (for a `provider`). An `id` that is not a "
                        "UUID is also a 404.", P_PROGRAM),
       "415": unsupported(P_PROGRAM),
       "422": refused("The program is no longer `draft` or `open` (reported on `title` alone), or one or more fields "
                      "are invalid (in the order " + PROGRAM_RULES_ORDER + ").", P_PROGRAM,
                      [{"field": "title", "message": "The program has started; its details can no longer change."}])},
      params=[ref("parameters", "ProgramID")], body=body("ProgramInput", "The program's new details (the whole set)."),
      security=WRITE_SECURITY)),
  ("/api/v1/programs/{id}/status", *authed("post", "changeProgramStatus", "Move a program to its next status",
      ["Training"],
      "Moves the program along its life: 草稿 `draft` → 报名中 `open` → 进行中 `running` → 已结束 `finished` → 已归档 "
      "`archived`.\n\n"
      "| From | May move to |\n|---|---|\n"
      "| `draft` | `open` (publish: it enters the catalogue and takes applications), `archived` (a draft that never "
      "opens) |\n"
      "| `open` | `running`, `draft` (withdraw from the catalogue) |\n"
      "| `running` | `finished` |\n"
      "| `finished` | `archived` |\n"
      "| `archived` | — |\n\n"
      "Talents apply only while a program is `open`; providers may still enrol people while it is `running`. "
      "Anything else, or a `to` that is not a status, is a 422 on `to`. The change is recorded in the audit trail "
      "(`program.status`).\n\n" + PROGRAM_MANAGERS + "A program outside the caller's scope is a 404.\n\n" + WRITE_NOTE,
      {"200": ok_status("Program", "The program in its new status. `cohorts` is an empty array here whatever the "
                        "program has; fetch `/api/v1/programs/{id}` for them."),
       "400": malformed(P_PROGRAM + "/status"),
       "401": ref("responses", "Unauthorized"),
       "403": write_forbidden("The caller's role may not change programs (`officer`, `talent`, `employer`)",
                              P_PROGRAM + "/status"),
       "404": not_found("No such program, or one of another organisation (for a `provider`). An `id` that is not a "
                        "UUID is also a 404.", P_PROGRAM + "/status"),
       "415": unsupported(P_PROGRAM + "/status"),
       "422": refused("`to` is missing, not a status, or not a status the program may move to from its current one.",
                      P_PROGRAM + "/status",
                      [{"field": "to", "message": "The program is “Finished” and cannot move to the chosen status."}])},
      params=[ref("parameters", "ProgramID")], body=body("ProgramStatusChange", "The status to move to."),
      security=WRITE_SECURITY)),
  ("/api/v1/programs/{id}/cohorts", *authed("post", "createCohort", "Add a cohort to a program", ["Training"],
      "Adds a cohort (班次): one run of the program with its own seats, enrolment deadline and dates. Sessions are "
      "added to it afterwards (`POST /api/v1/cohorts/{id}/sessions`). A `finished` or `archived` program takes no "
      "more cohorts: a 422 on `name`, checked before the body is read. Cohort names are unique within a program. "
      "The new cohort is recorded in the audit trail (`cohort.create`).\n\n" + PROGRAM_MANAGERS +
      "A program outside the caller's scope is a 404.\n\n" + WRITE_NOTE,
      {"201": ok_status("Cohort", "The cohort was created; `seatsTaken` is 0 and `sessions` an empty array."),
       "400": malformed(P_PROGRAM + "/cohorts"),
       "401": ref("responses", "Unauthorized"),
       "403": write_forbidden("The caller's role may not change programs (`officer`, `talent`, `employer`)",
                              P_PROGRAM + "/cohorts"),
       "404": not_found("No such program, or one of another organisation (for a `provider`). An `id` that is not a "
                        "UUID is also a 404.", P_PROGRAM + "/cohorts"),
       "409": conflict("Another request added a cohort with the same name to this program at the same moment.",
                       P_PROGRAM + "/cohorts"),
       "415": unsupported(P_PROGRAM + "/cohorts"),
       "422": refused("The program is `finished` or `archived` (on `name`), or one or more fields are invalid, in the "
                      "order `name`, `capacity`, `startsOn`, `endsOn`, `enrolDeadline`; or the program already has a "
                      "cohort of that name (on `name`).", P_PROGRAM + "/cohorts",
                      [{"field": "name", "message": "This program already has a cohort with that name."}])},
      params=[ref("parameters", "ProgramID")], body=body("CohortInput", "The new cohort."),
      security=WRITE_SECURITY)),
  ("/api/v1/cohorts/{id}", *authed("get", "getCohort", "Get one cohort with its sessions", ["Training"],
      "One cohort with its sessions (by date), for the staff who follow its enrolments:\n\n"
      "| Caller | Cohorts |\n|---|---|\n"
      "| `admin`, `officer` | every cohort |\n"
      "| `provider` | those of the caller's organisation's programs |\n"
      "| `talent`, `employer` | — (404; a talent finds the cohorts of a published program in "
      "`GET /api/v1/programs/{id}`) |\n\n"
      "A cohort outside the caller's scope is a 404, exactly like one that does not exist.",
      {"200": ok_status("Cohort", "The cohort, with `sessions` (possibly empty)."),
       "401": ref("responses", "Unauthorized"),
       "403": forced(P_COHORT),
       "404": not_found("No such cohort, or one outside the caller's scope (see the table). An `id` that is not a "
                        "UUID is also a 404.", P_COHORT)},
      params=[ref("parameters", "CohortID")])),
  ("/api/v1/cohorts/{id}", *authed("put", "updateCohort", "Edit a cohort's name, enrolment deadline and dates",
      ["Training"],
      "Replaces the cohort's name, enrolment deadline and dates with the body — the whole set, not a patch, with the "
      "same checks as `POST /api/v1/programs/{id}/cohorts`. The number of seats is not changed here (a `capacity` in "
      "the body is ignored): it has its own route, `POST /api/v1/cohorts/{id}/capacity`, which moves the waiting "
      "list. The cohort's sessions must stay inside the new dates: if any falls before the new `startsOn` or after "
      "the new `endsOn`, the answer is a 422 on `startsOn` whose message lists their dates; delete those sessions "
      "first (`DELETE /api/v1/sessions/{id}`). The cohort of a `finished` or `archived` program can no longer be "
      "changed: a 422 on `name`. The change is recorded in the audit trail (`cohort.update`, with the names of the "
      "changed fields among `name`, `enrol_deadline`, `starts_on`, `ends_on` — none when nothing changed).\n\n"
      + COHORT_MANAGERS + " The cohort is looked up before the body is decoded, so such a cohort is a 404 even "
      "with a malformed body.\n\n" + WRITE_NOTE,
      {"200": ok_status("Cohort", "The cohort as stored after the edit, without `sessions`."),
       "400": malformed(P_COHORT),
       "401": ref("responses", "Unauthorized"),
       "403": write_forbidden(None, P_COHORT),
       "404": not_found("No such cohort, or one the caller may not manage (see above). An `id` that is not a UUID is "
                        "also a 404.", P_COHORT),
       "409": conflict("Another request gave another cohort of this program the same name at the same moment.",
                       P_COHORT),
       "415": unsupported(P_COHORT),
       "422": refused("A `finished` or `archived` program comes first, on `name`; with it, or alone, the fields that "
                      "are invalid, in the order `name`, `startsOn`, `endsOn`, `enrolDeadline`: `name` missing, longer "
                      "than 60 characters or more than one line (hidden behind the closed program when both apply); a "
                      "date missing or not a date in the years 2000–2100; `endsOn` before `startsOn`; `enrolDeadline` "
                      "after `endsOn`. Once every field is valid and the program still open: another cohort of the "
                      "program already has the name (on `name`) and sessions fall outside the new dates (on "
                      "`startsOn`, listing their dates), both reported together.", P_COHORT,
                      [{"field": "startsOn",
                        "message": "These sessions fall outside the new dates; delete or move them first: "
                                   "2026-07-04."}])},
      params=[ref("parameters", "CohortID")],
      body=body("CohortUpdate", "The cohort's new name, enrolment deadline and dates (the whole set)."),
      security=WRITE_SECURITY)),
  ("/api/v1/cohorts/{id}", *authed("delete", "deleteCohort", "Delete a cohort nobody has enrolled in", ["Training"],
      "Deletes the cohort together with its sessions and its enrolment imports "
      "(`POST /api/v1/cohorts/{id}/enrollments/import`; `GET /api/v1/enrollment-imports/{id}` of one is then a 404), "
      "in one transaction, whatever the program's status. Only a cohort without any enrolment may go: one with an "
      "enrolment of any status — `waitlisted` and `withdrawn` ones count too, since certificates, vouchers and "
      "target figures point at enrolments — is refused with a 422 on `cohort`. The check is made inside the "
      "transaction, so an application arriving at the same moment is not lost. Recorded in the audit trail "
      "(`cohort.delete`).\n\n" + COHORT_MANAGERS + "\n\n" + WRITE_NOTE,
      {"204": {"description": "The cohort, its sessions and its enrolment imports are deleted.",
               "headers": dict(STD_HEADERS)},
       "401": ref("responses", "Unauthorized"),
       "403": write_forbidden(None, P_COHORT),
       "404": not_found("No such cohort, or one the caller may not manage (see above). An `id` that is not a UUID is "
                        "also a 404.", P_COHORT),
       "422": refused("The cohort has at least one enrolment, whatever its status (on `cohort`).", P_COHORT,
                      [{"field": "cohort",
                        "message": "The cohort has enrolments (waiting or withdrawn ones count too) and cannot be "
                                   "deleted."}], has_body=False)},
      params=[ref("parameters", "CohortID")], security=WRITE_SECURITY)),
  ("/api/v1/cohorts/{id}/sessions", *authed("post", "addCohortSession", "Add a session to a cohort", ["Training"],
      "Adds a session (课次) — a date, its study hours and topic — to the cohort's timetable. The sessions' hours "
      "add up to the cohort's scheduled hours, against which attendance is measured for completion. Recorded in "
      "the audit trail (`cohort.session`).\n\n" + COHORT_MANAGERS + "\n\n" + WRITE_NOTE,
      {"201": ok_status("Session", "The session was created (its length in `minutes`)."),
       "400": malformed(P_COHORT + "/sessions"),
       "401": ref("responses", "Unauthorized"),
       "403": write_forbidden(None, P_COHORT + "/sessions"),
       "404": not_found("No such cohort, or one the caller may not manage (see above). An `id` that is not a UUID is "
                        "also a 404.", P_COHORT + "/sessions"),
       "415": unsupported(P_COHORT + "/sessions"),
       "422": refused("One or more fields are invalid, in the order `date`, `hours`, `topic`: `date` missing, not a "
                      "date or outside the cohort's dates; `hours` missing, zero, above 24 or with more than one "
                      "decimal place; `topic` missing or too long.", P_COHORT + "/sessions",
                      [{"field": "date", "message": "The date must be within the cohort, 2026-07-01 to 2026-09-30."}])},
      params=[ref("parameters", "CohortID")], body=body("SessionInput", "The new session."),
      security=WRITE_SECURITY)),
  ("/api/v1/sessions/{id}", *authed("delete", "deleteCohortSession", "Delete a session without attendance",
      ["Training"],
      "Removes a session — one scheduled by mistake, or one in the way of new cohort dates — from its cohort's "
      "timetable; the cohort's scheduled hours, against which attendance is measured for completion, lose its "
      "hours. Refused with a 422 on `sessionID` once attendance is recorded for the session (for any enrolment). "
      "Recorded in the audit trail as a change of the cohort (`cohort.session_delete`, the cohort as entity, "
      "changed field `sessions`).\n\n"
      "Only callers who may change the program of the session's cohort: administrators, and a `provider` for their "
      "organisation's programs. For anyone else — officers included — the session is a 404, as if it did not "
      "exist.\n\n" + WRITE_NOTE,
      {"204": {"description": "The session is deleted.", "headers": dict(STD_HEADERS)},
       "401": ref("responses", "Unauthorized"),
       "403": write_forbidden(None, P_SESSION),
       "404": not_found("No such session, or one of a cohort the caller may not manage (see above). An `id` that is "
                        "not a UUID is also a 404.", P_SESSION),
       "422": refused("Attendance is recorded for the session (on `sessionID`).", P_SESSION,
                      [{"field": "sessionID",
                        "message": "Attendance is recorded for this session; it cannot be deleted."}],
                      has_body=False)},
      params=[ref("parameters", "SessionID")], security=WRITE_SECURITY)),
  ("/api/v1/cohorts/{id}/capacity", *authed("post", "changeCohortCapacity", "Change a cohort's number of seats",
      ["Training"],
      "Sets the cohort's capacity — never below the seats already taken (`seatsTaken`). When seats become free, "
      "people on the waiting list move up into them at once, first come first served (by time of application), "
      "until the seats or the list run out; their enrolments become `enrolled`. Recorded in the audit trail "
      "(`cohort.capacity`).\n\n" + COHORT_MANAGERS + "\n\n" + WRITE_NOTE,
      {"200": ok_status("Cohort", "The cohort with its new `capacity` and `seatsTaken` (after the waiting list "
                        "moved up), without `sessions`."),
       "400": malformed(P_COHORT + "/capacity"),
       "401": ref("responses", "Unauthorized"),
       "403": write_forbidden(None, P_COHORT + "/capacity"),
       "404": not_found("No such cohort, or one the caller may not manage (see above). An `id` that is not a UUID is "
                        "also a 404.", P_COHORT + "/capacity"),
       "415": unsupported(P_COHORT + "/capacity"),
       "422": refused("`capacity` is missing, not a whole number from 1 to 10000, or below the seats already taken.",
                      P_COHORT + "/capacity",
                      [{"field": "capacity", "message": "The capacity cannot be below the 32 seats already taken."}])},
      params=[ref("parameters", "CohortID")], body=body("CapacityChange", "The new number of seats."),
      security=WRITE_SECURITY)),
  ("/api/v1/cohorts/{id}/enrollments", *authed("get", "listCohortEnrollments", "List a cohort's enrolments (its roster)",
      ["Training"],
      "The cohort's enrolments: **every** enrolment holding a seat (`enrolled`, `completed`, `not_completed`) first, "
      f"then only the **first {ROSTER_LIST_LIMIT}** of the waiting list (`waitlisted`), then only the first "
      f"{ROSTER_LIST_LIMIT} `withdrawn` ones — each group in order of application (`appliedAt`). Seats are bounded by "
      "the capacity, but a waiting list can be as long as the file that filled it "
      "(`POST /api/v1/cohorts/{id}/enrollments/import`); there is no paging, and nothing in the answer says that a "
      "group was cut.\n\n"
      "| Caller | Cohorts |\n|---|---|\n"
      "| `admin`, `officer` | every cohort |\n"
      "| `provider` | those of the caller's organisation's programs |\n"
      "| `talent`, `employer` | — (404; a talent lists their own enrolments at `GET /api/v1/enrollments`) |\n\n"
      "A cohort outside the caller's scope is a 404, exactly like one that does not exist.",
      {"200": ok_status("EnrollmentList", "The cohort's enrolments (possibly none)."),
       "401": ref("responses", "Unauthorized"),
       "403": forced(P_COHORT + "/enrollments"),
       "404": not_found("No such cohort, or one outside the caller's scope (see the table). An `id` that is not a "
                        "UUID is also a 404.", P_COHORT + "/enrollments")},
      params=[ref("parameters", "CohortID")])),
  ("/api/v1/cohorts/{id}/enrollments", *authed("post", "enrol", "Apply for, or enrol someone in, a cohort",
      ["Training"],
      "A talent applies for themself; a provider (or an administrator) enrols a person of the talent pool.\n\n"
      "| Caller | Cohorts | Whom |\n|---|---|---|\n"
      "| `talent` | those of published programs (`open`, `running`, `finished`; others are a 404) | themself: the "
      "profile linked to their account (`talentID` is ignored; without a profile, a 422 on `talentID`) |\n"
      "| `provider` | those of the caller's organisation's programs (others are a 404) | the profile named by "
      "`talentID` |\n"
      "| `admin` | every cohort | the profile named by `talentID` |\n"
      "| `officer`, `employer` | — (403) | |\n\n"
      "**Seats**: while the cohort has a free seat the enrolment is `enrolled`; when it is full the enrolment is "
      "still created, as `waitlisted` — a full cohort is **not** an error. A seat freed later (a withdrawal, a "
      "larger capacity) goes to the first on the waiting list. Seats are taken by a conditional update, so two "
      "applications for the last seat cannot both get it.\n\n"
      "**Refusals** (422, nothing stored): the program is not taking applications — a talent applies only while "
      "it is `open`, a provider or administrator enrols while it is `open` or `running` (on `cohortID`); the "
      "cohort's enrolment deadline has passed (a date in China Standard Time; on `cohortID`); the profile is "
      "archived or erased (on `talentID`); the person already has an enrolment in this cohort that is not "
      "`withdrawn` (on `cohortID`); the program's entry requirement (`entryRequirement`) is not met (on "
      "`yearsInField`, checked only when nothing else is wrong; the message lists the alternatives, any one of "
      "which would do). The requirement is checked against the person's valid (unrevoked) certificates — of the "
      "program's occupation when the program has one —, the skill level and education on their profile, and the "
      "`yearsInField` declared with this application.\n\n"
      "**Paying with a training voucher** (培训券, M2): `voucherID` names a voucher of the person enrolled (see "
      "`GET /api/v1/vouchers`). It is spent in the same transaction as the enrolment — also when the enrolment is "
      "`waitlisted` — and becomes `redeemed`, naming the enrolment and program (`enrollmentID`, `programID`); it enters "
      "the provider's settlement list (`GET /api/v1/vouchers/settlement`) once the enrolment holds a seat. It is spent by a conditional "
      "update, so of any number of requests paying with one voucher at the same moment exactly one succeeds; the "
      "others get the 422 “already used”. The voucher is checked only when the enrolment itself would be accepted "
      "(after every refusal above). A refused voucher is a 422 on `voucherID` naming the first reason, in this "
      "order, and **nothing is written** — no enrolment, no seat taken:\n\n"
      "| Reason | Message (`lang=en`) |\n|---|---|\n"
      "| no voucher has this id | There is no such voucher. |\n"
      "| it is not the person's (a talent's own, or the profile named by `talentID`) | This voucher does not belong "
      "to the applicant. |\n"
      "| it is already `redeemed` (also: spent, or cancelled, by another request at the same moment) | This voucher "
      "has already been used. |\n"
      "| it is `cancelled` | This voucher has been cancelled. |\n"
      "| it expired: `expiresOn` is before today (China Standard Time) | This voucher expired on 2026-12-31. |\n"
      "| the program does not take vouchers (`vouchersApply` is false) | This program does not accept vouchers. |\n"
      "| the voucher's `occupationCode` is not the program's (or the program has none) | The voucher is for "
      "occupation 2-02-38-03; this program is for 2-02-38-01. |\n\n"
      "A withdrawal gives the voucher back (`POST /api/v1/enrollments/{id}/withdraw`).\n\n"
      "A `withdrawn` enrolment of the same person in the same cohort is reused (same `id`) for a new application. "
      "The enrolment is recorded in the audit trail (`enrollment.apply` by a talent, `enrollment.enrol` by staff; "
      "with `voucher` among the changed fields when one was spent). The caller's role is checked first, then the "
      "cohort, then the body.\n\n" + WRITE_NOTE,
      {"201": with_examples(ok_status("Enrollment", "The enrolment was created: `enrolled` when a seat was free, "
                                      "`waitlisted` when the cohort is full. A voucher named by `voucherID` is now "
                                      "`redeemed` for it (the enrolment itself does not show the voucher)."),
                            {"enrolled": {"summary": "A seat was free",
                                          "value": {"id": enrollment_id, "cohortID": cohort_id,
                                                    "programID": program_id, "talentID": talent_id,
                                                    "status": "enrolled", "appliedAt": "2026-06-02T01:14:09Z",
                                                    "yearsInField": 3}},
                             "waitlisted": {"summary": "The cohort is full: on the waiting list",
                                            "value": {"id": enrollment_id, "cohortID": cohort_id,
                                                      "programID": program_id, "talentID": talent_id,
                                                      "status": "waitlisted", "appliedAt": "2026-06-02T01:14:09Z"}}}),
       "400": malformed(P_COHORT + "/enrollments"),
       "401": ref("responses", "Unauthorized"),
       "403": write_forbidden("The caller's role may not enrol anyone (`officer`, `employer`)",
                              P_COHORT + "/enrollments"),
       "404": not_found("No such cohort; for a `talent`, a cohort of a program that is not published; for a "
                        "`provider`, a cohort of another organisation's program. An `id` that is not a UUID is also "
                        "a 404.", P_COHORT + "/enrollments"),
       "409": conflict("Another request enrolled the same person in the same cohort at the same moment.",
                       P_COHORT + "/enrollments"),
       "415": unsupported(P_COHORT + "/enrollments"),
       "422": problem_examples(
           "The body's fields are invalid (`yearsInField` not a whole number from 0 to 60; `voucherID` not a UUID; "
           "`talentID` missing, not a UUID or not a profile, or the talent has no profile — in this order), the "
           "enrolment is refused (see **Refusals**), or the voucher is refused (on `voucherID`, see **Paying with a "
           "training voucher**). Nothing was stored: no enrolment, no seat, the voucher unspent. An empty body (no "
           "JSON at all) is also a 422, without `errors`; send `{}` when there is nothing to declare.",
           {"deadline": ("The enrolment deadline has passed (`lang=en`)",
                         problem_example(422, "Unprocessable Entity", "Applications closed on 2026-06-20.",
                                         P_COHORT + "/enrollments",
                                         [{"field": "cohortID", "message": "Applications closed on 2026-06-20."}])),
            "requirement": ("The entry requirement is not met (`lang=en`)",
                            problem_example(422, "Unprocessable Entity",
                                            "The entry requirement is not met; any one of these is needed: holds a "
                                            "junior or higher training certificate; 2 years in the field.",
                                            P_COHORT + "/enrollments",
                                            [{"field": "yearsInField",
                                              "message": "The entry requirement is not met; any one of these is "
                                                         "needed: holds a junior or higher training certificate; 2 "
                                                         "years in the field."}])),
            "already": ("Already enrolled (`lang=en`)",
                        problem_example(422, "Unprocessable Entity", "Already enrolled in this cohort.",
                                        P_COHORT + "/enrollments",
                                        [{"field": "cohortID", "message": "Already enrolled in this cohort."}])),
            "voucherUsed": ("The voucher was already spent, e.g. by a parallel request (`lang=en`)",
                            problem_example(422, "Unprocessable Entity", "This voucher has already been used.",
                                            P_COHORT + "/enrollments",
                                            [{"field": "voucherID",
                                              "message": "This voucher has already been used."}])),
            "voucherOccupation": ("The voucher is for another occupation than the program's (`lang=en`)",
                                  problem_example(422, "Unprocessable Entity",
                                                  "The voucher is for occupation 2-02-38-03; this program is for "
                                                  "2-02-38-01.", P_COHORT + "/enrollments",
                                                  [{"field": "voucherID",
                                                    "message": "The voucher is for occupation 2-02-38-03; this "
                                                               "program is for 2-02-38-01."}]))})},
      params=[ref("parameters", "CohortID")],
      body=body("EnrollmentInput", "Who enrols (staff), the years in the field and a voucher to pay with (both "
                                   "optional). A JSON object is needed: `{}` when there is nothing to send."),
      security=WRITE_SECURITY)),
  (P_COHORT_IMPORT.replace(cohort_id, "{id}"), *authed("post", "importCohortEnrollments",
      "Enrol the talents a file names (CSV or Excel) into a cohort", ["Training"],
      "Enrols many people at once (批量报名): the request body is **the file itself** — not a multipart form — "
      "with a header row and one talent of the pool per row. The same import runs from the cohort page and from the "
      "command line (`talent import enrollments FILE --cohort ID`).\n\n"
      "| File | `Content-Type` |\n|---|---|\n"
      "| CSV, comma- or tab-separated, in UTF-8 (with or without a byte order mark) or GBK/GB 18030 (Excel's plain "
      "“CSV” on Chinese Windows) | `text/csv` |\n"
      "| Excel workbook (`.xlsx`; its first worksheet is read) | `" + XLSX + "` |\n"
      "| either | `application/octet-stream` |\n\n"
      "The format is recognised by the content (a ZIP signature is a workbook), not by `Content-Type` or "
      "`fileName`, and the encoding of a CSV is detected from its bytes (a `charset` parameter is not read). Send "
      "one of these three types all the same: under any other, a body containing a NUL byte (every workbook has "
      "some) may be refused with a 400. At most "
      f"{IMPORT_MAX_MB} MB (413 above) and {IMPORT_MAX_ROWS} data rows.\n\n"
      "**Columns.** The first row names them, in Chinese or English, compared ignoring case, spaces, `_`, `-`, `*` "
      "and brackets. The file must have 档案编号 or 身份证号 (or both); every other non-empty header cell must name "
      "one of the optional columns — an unknown name refuses the file, so a mistyped column is not silently "
      "dropped.\n\n"
      "| Column | Also accepted | Cell |\n|---|---|---|\n"
      "| 档案编号 | 人才档案编号, 人才编号, `profileID`, `talentID` | the talent profile's `id` (a UUID, any case) |\n"
      "| 身份证号 | 身份证号码, 居民身份证号码, 公民身份号码, 身份证, `residentID`, `idNumber`, `idCard` | the 18-character "
      "resident ID number, checked like `residentID` of a new profile (length, characters, birth date, check "
      "character) |\n"
      "| 姓名 (optional) | 名字, `name`, `fullName` | the person's name, checked against the profile (ignoring "
      "spaces, `·` and case, full-width letters folded), to catch a row pasted against the wrong number |\n"
      "| 从业年限 (optional) | 从业年数, 工作年限, `yearsInField`, `years` | years in the field, a whole number from 0 "
      "to 60; kept on the enrolment (`yearsInField`) and counted by a `yearsInField` entry requirement |\n\n"
      "Each row needs a profile id or an ID number; when it has both, the profile id is used. Blank lines of a CSV "
      "are skipped. Empty cells mean no value.\n\n"
      "**A job writes the rows.** The file itself and the cohort are checked at once (see **Refused files**); "
      "then the answer is a **202 whose body is the import** with `status: running` and a `Location` header, and "
      "a background job (any server instance) reads and writes the rows — about 7 s for 100,000. Ask "
      "`GET /api/v1/enrollment-imports/{id}` until `status` is no longer `running`.\n\n"
      "**Atomic by default.** If any row is refused, nothing is written: the import ends `rejected` with the "
      "refused rows in `problems`. With `partial=true` the accepted rows are written and the refused ones listed; "
      "if every row is refused nothing is written and the import is still `rejected`. A file without a refused row "
      "is written whole: `done`. An import the job could not do at all (the program closed meanwhile, say) ends "
      "`failed` with the reason in `problem`; a job whose server stopped is run again by another (one "
      "transaction: nothing half-written stays).\n\n"
      "**Seats.** The accepted rows take the cohort's free seats (`capacity` − `seatsTaken`) in file order and "
      "become `enrolled`; the rest become `waitlisted`, in file order, behind everyone already on the waiting list "
      "— a full cohort is not an error, as for `POST /api/v1/cohorts/{id}/enrollments`, and freed seats go to the "
      "waiting list in that order. A `withdrawn` enrolment of the same talent in the cohort is reused (same `id`, a "
      "new `appliedAt`, the row's `yearsInField`, no earlier result). The cohort is locked while the file is "
      "written, so applications arriving meanwhile wait and then see the seats taken. No training voucher is "
      "spent.\n\n"
      "**Refused rows** (in `problems`, on the column as the file's header names it; the reason in the language "
      "chosen by `lang`). Each row's cells are checked first — every problem of the row is reported — then the "
      "row is checked against the pool and the cohort, where the first problem, in this order, is reported:\n\n"
      "| Reason | Column | Message (`lang=en`) |\n|---|---|---|\n"
      "| neither a profile id nor an ID number | 档案编号 (身份证号 when the file has no 档案编号 column) | Give a "
      "profile id or an ID number. |\n"
      "| the profile id is not a UUID | 档案编号 | Not a profile id: use the 36-character id after /talents/ in the "
      "profile's address. |\n"
      "| the ID number is invalid | 身份证号 | e.g. The check digit of the ID number does not match; please check "
      "every digit. |\n"
      "| the years are not a whole number from 0 to 60 | 从业年限 | The Years in the field must be a whole number "
      "from 0 to 60. |\n"
      "| by profile id: no profile has this id | 档案编号 | No one in the talent pool has this id or number. |\n"
      "| by profile id: the name is not the profile's | 姓名 | The name is not the profile's name. |\n"
      "| by ID number without a name | 姓名 | A row that names a person by ID number needs their name too. |\n"
      "| by ID number: no profile that can enrol has this number **and** this name — one answer whether the number "
      "is unknown, the name is another or the profile is archived or erased, so that a file of guesses learns "
      "nothing about who is in the pool | 身份证号 | No profile that can be enrolled has both this ID number and "
      "this name. Check the number and the name, or ask the person to register on the platform first. |\n"
      "| the same person as on an earlier row (by either column; a row refused for its name names no one) | the one "
      "the row used | The same person as on row 2. |\n"
      "| by profile id: the profile is archived or erased | 档案编号 | This profile is archived or erased and cannot "
      "enrol. |\n"
      "| already in the cohort: an enrolment that is not `withdrawn` (enrolled, waiting, completed or not) | the "
      "one the row used | Already enrolled in this cohort. |\n"
      "| the program's entry requirement (`entryRequirement`) is not met, checked with the row's years in the field "
      "and the talent's valid (unrevoked) certificates — of the program's occupation when it has one —, skill "
      "level and education | 从业年限 | The entry requirement is not met; any one of these is needed: 3 years in "
      "the field. |\n\n"
      "`rejected` counts refused rows; a row can have several `problems`.\n\n"
      "**Refused files** (a 422 `application/problem+json` with one error on `file`; nothing is written and no "
      "import is kept): an empty body; a body that is neither a text CSV nor an `.xlsx` workbook (an `.xls`, PDF or "
      "image), or text in another encoding (UTF-16 included); a header without 档案编号 or 身份证号 (the message names "
      "“档案编号 / 身份证号”), with an unknown column name, or naming a column twice; no data rows; more than "
      f"{IMPORT_MAX_ROWS} rows; a CSV line longer than 1 MB, a cell too long, or a quote that never closes; a "
      "workbook that cannot be read; the program not taking enrolments (it must be `open` or `running`); the "
      "cohort's enrolment deadline passed (a date in China Standard Time). The header is read first, then the "
      "program and the deadline are checked, then the rows.\n\n"
      "**Who.** Administrators (every cohort) and a `provider` for the cohorts of their organisation's programs. "
      "For anyone else — officers, employers and talents included, and a provider without an organisation — the "
      "cohort is a 404, as if it did not exist. The cohort is looked up before the file is read.\n\n"
      "**Outcome.** An import that got as far as its rows is kept, `done`, `rejected` or `failed`, and can be read "
      "again (`GET /api/v1/enrollment-imports/{id}`) with the CSV of its refused rows (`report`, sealed at rest, "
      "ID numbers masked, kept `TALENT_IMPORT_REPORT_DAYS`). A file that wrote "
      "enrolments is recorded in the audit trail by one event, however many rows (`enrollment.import`, entity "
      "type `cohort`, the cohort's id); a `rejected` one by none.\n\n" + WRITE_NOTE,
      {"202": with_examples(ok_status("EnrollmentImport", "Accepted: the file is the job's now "
                                      "(`status: running`); `Location` names the import to ask about."),
                            {"running": {"summary": "The import as the upload leaves it",
                                         "value": enrollment_import_running_example}}),
       "400": problem_resp("The query string (e.g. `fileName`) contains a NUL character, or the body does while "
                           "`Content-Type` is not one of the three file types. `detail` is a general sentence in "
                           "the language chosen by `lang`.",
           problem_example(400, "Bad Request", "The input contains a control character (NUL) that is not allowed.",
                           P_COHORT_IMPORT)),
       "401": ref("responses", "Unauthorized"),
       "403": write_forbidden(None, P_COHORT_IMPORT),
       "404": not_found("No such cohort, or one the caller may not import into (see **Who**). An `id` that is not a "
                        "UUID is also a 404.", P_COHORT_IMPORT),
       "413": problem_resp(f"The body is larger than {IMPORT_MAX_MB} MB. Nothing was stored; split the file.",
           problem_example(413, "Payload Too Large", "Payload Too Large", P_COHORT_IMPORT)),
       "422": {"description": "The file was refused whole: a problem with one error on `file`; nothing was "
                              "written and no import is kept (see **Refused files**). Refused rows come later, on "
                              "the import (`GET /api/v1/enrollment-imports/{id}`).",
               "headers": dict(STD_HEADERS),
               "content": {
                   "application/problem+json": {
                       "schema": S("Problem"),
                       "examples": {name: {"summary": summary, "value": value} for name, (summary, value) in {
                           "columns": import_file_refused("No 档案编号 or 身份证号 column (Chinese, the default "
                                                          "language)", "缺少必需的列：档案编号 / 身份证号。"),
                           "columnsEn": import_file_refused("No 档案编号 or 身份证号 column (`lang=en`)",
                                                            "Required columns are missing: 档案编号 / 身份证号."),
                           "empty": import_file_refused("An empty body (`lang=en`)", "Choose a file to upload."),
                           "binary": import_file_refused("Neither a CSV nor an .xlsx, e.g. an .xls (`lang=en`)",
                                                         "The file is neither a text CSV nor an .xlsx workbook."),
                           "closed": import_file_refused("The program is not `open` or `running` (`lang=en`)",
                                                         "This program is not taking applications."),
                           "deadline": import_file_refused("The enrolment deadline has passed (`lang=en`)",
                                                           "Applications closed on 2026-06-20.")}.items()}}}}},
      params=[ref("parameters", "CohortID"), ref("parameters", "ImportPartial"), ref("parameters", "ImportFileName")],
      body={"required": True,
            "description": f"The file itself, at most {IMPORT_MAX_MB} MB: a header row, then one talent per row (see "
                           "**Columns**).",
            "content": {
                "text/csv": {
                    "schema": {"type": "string", "description": "CSV text, comma- or tab-separated, in UTF-8 (a byte "
                                                                "order mark is allowed) or GBK/GB 18030."},
                    "examples": {
                        "zh": {"summary": "Chinese headers, rows by profile id or ID number", "value": import_csv_zh},
                        "en": {"summary": "English headers, by ID number", "value": import_csv_en}}},
                XLSX: {"schema": {"type": "string", "contentMediaType": XLSX,
                                  "description": "The workbook (a ZIP package), as raw bytes; the first worksheet is "
                                                 "read, its first row as the header."}},
                "application/octet-stream": {"schema": {"type": "string",
                                                        "description": "A CSV or an `.xlsx` workbook, as raw bytes; "
                                                                       "which one is told by the content."}}}},
      security=WRITE_SECURITY)),
  ("/api/v1/enrollment-imports/{id}", *authed("get", "getEnrollmentImport", "Get an enrolment import and its outcome",
      ["Training"],
      "One enrolment import (`POST /api/v1/cohorts/{id}/enrollments/import`, the cohort page or the command line) "
      f"with its outcome: the counts, the first {IMPORT_SHOWN_PROBLEMS} problems of refused rows with their reasons "
      "in the language chosen by `lang` (of this request, whatever the upload's), and `report`, the CSV of every "
      "refused row. A file refused whole leaves no import.\n\n" + IMPORT_READERS,
      {"200": with_examples(ok_status("EnrollmentImport", "The import."),
                            {"partial": {"summary": "Written with `partial=true`, two rows refused (`lang=en`)",
                                         "value": enrollment_import_example},
                             "rejected": {"summary": "Atomic and refused: nothing was written (`lang=en`)",
                                          "value": enrollment_import_rejected_example},
                             "running": {"summary": "Its job has not finished yet: ask again",
                                         "value": enrollment_import_running_example},
                             "failed": {"summary": "The job could not import the file at all (`lang=en`)",
                                        "value": enrollment_import_failed_example}}),
       "401": ref("responses", "Unauthorized"),
       "403": forced(P_ENROLLMENT_IMPORT, "The caller is a `talent` or `employer`"),
       "404": problem_resp("No such import, or one outside the caller's scope (see the table; the two are not "
                           "distinguished). An `id` that is not a UUID is also a 404.",
           problem_example(404, "Not Found", "This import does not exist.", P_ENROLLMENT_IMPORT))},
      params=[ref("parameters", "EnrollmentImportID")])),
  ("/api/v1/enrollment-imports/{id}/report.csv", *authed("get", "getEnrollmentImportReport",
      "Download the refused rows of an enrolment import as CSV", ["Training"],
      "Every refused row of an import, to fix the file and import it again, as a file download "
      "(`Content-Disposition: attachment`). The first line is `行号 Row`, `列 Column`, `原因`, `Reason`, then the "
      "file's own header cells; then one line per problem (a row with several problems has several lines), in row "
      "order: the row number as the spreadsheet shows it (the header is row 1), the column as the file's header "
      "names it, the reason in Chinese and in English (whatever `lang`), then the row's own cells as read. Every "
      "cell of these lines that a spreadsheet could run as a formula — one whose first character, after leading "
      "spaces and line feeds, is `=`, `+`, `-`, `@`, a tab, a carriage return or NUL (or a full-width ＝＋－＠) — "
      "is prefixed with a single quote `'` (OWASP CSV injection).\n\n"
      "An import without a refused row has no report (its `report` is omitted): a 404.\n\n" + IMPORT_READERS,
      {"200": {"description": "The report: CSV in UTF-8 with a byte order mark (so Excel reads the Chinese "
                              "correctly), fields separated by commas, records ended by CRLF (RFC 4180), a field in "
                              "double quotes (a `\"` inside doubled) when it contains a comma, quote, CR, LF or tab "
                              "or starts or ends with a space.",
               "headers": {**STD_HEADERS,
                           "Content-Disposition": {
                               "description": "Always `attachment; filename=\"enrollment-import-report.csv\"`.",
                               "required": True,
                               "schema": {"type": "string",
                                          "const": "attachment; filename=\"enrollment-import-report.csv\""}},
                           "Cache-Control": NO_STORE_HEADER},
               "content": {
                   "text/csv; charset=utf-8": {
                       "schema": CSV_TEXT,
                       "examples": {
                           "twoRows": {"summary": "Two refused rows (the byte order mark not shown)",
                                       "value": import_report_csv}}}}},
       "401": ref("responses", "Unauthorized"),
       "403": forced(P_ENROLLMENT_IMPORT_REPORT, "The caller is a `talent` or `employer`"),
       "404": problem_examples("No such import, one outside the caller's scope (the two are not distinguished), or "
                               "an import without a refused row. An `id` that is not a UUID is also a 404.",
           {"missing": ("No such import, or one outside the caller's scope (`lang=en`)",
                        problem_example(404, "Not Found", "This import does not exist.", P_ENROLLMENT_IMPORT_REPORT)),
            "noReport": ("The import had no refused row",
                         problem_example(404, "Not Found", "Not Found", P_ENROLLMENT_IMPORT_REPORT))})},
      params=[ref("parameters", "EnrollmentImportID")])),
  ("/api/v1/enrollments", *authed("get", "listEnrollments", "List the enrolments the caller may see", ["Training"],
      "Enrolments, most recent application first (at most 500), restricted to the caller's scope:\n\n"
      "| Caller | Enrolments |\n|---|---|\n"
      "| `admin`, `officer` | every enrolment |\n"
      "| `provider` | those of the caller's organisation's programs |\n"
      "| `talent` | their own (those of the profile linked to their account) |\n"
      "| `employer` | — (403) |",
      {"200": ok_status("EnrollmentList", "The visible enrolments (possibly none)."),
       "401": ref("responses", "Unauthorized"),
       "403": forced("/api/v1/enrollments", "The caller is an `employer`")})),
  enrollment_action("withdraw", "withdrawEnrollment", "Withdraw an enrolment",
      "Withdraws an `enrolled` or `waitlisted` enrolment (a talent their own; a provider or administrator on their "
      "behalf). A seat it held goes at once to the first on the waiting list. A training voucher spent on the "
      "enrolment (`voucherID` of `POST /api/v1/cohorts/{id}/enrollments`) is given back to the holder in the same "
      "transaction: it is `issued` again, without `redeemedAt`, `enrollmentID` and `programID`, can be used again "
      "until it expires, and leaves the provider's settlement list (`GET /api/v1/vouchers/settlement`), whatever "
      "the period. No body is needed. Recorded in the audit trail (`enrollment.withdraw`).",
      {"409": conflict("Another request changed the enrolment at the same moment; nothing was written.",
                       P_ENROLLMENT + "/withdraw"),
       "422": refused("The enrolment is no longer `enrolled` or `waitlisted` (on `enrollment`).",
                      P_ENROLLMENT + "/withdraw",
                      [{"field": "enrollment", "message": "This enrolment has ended and cannot be withdrawn."}],
                      has_body=False)}),
  enrollment_action("attendance", "recordAttendance", "Record attendance at one session",
      "Records the hours the person attended one session of their cohort, replacing an earlier entry for the same "
      "session. The enrolment must be `enrolled`. Attendance is not part of the enrolment's JSON; it counts "
      "towards completion (`/complete`). Recorded in the audit trail (`enrollment.attendance`).",
      {"409": conflict("Another request recorded attendance for the same enrolment and session at the same moment.",
                       P_ENROLLMENT + "/attendance"),
       "422": refused("`sessionID` missing, not a UUID or not a session of the enrolment's cohort; `hours` missing, "
                      "above 24 or with more than one decimal place, or above the session's own hours (on `hours`); "
                      "or the enrolment is not `enrolled` (on `enrollment`).", P_ENROLLMENT + "/attendance",
                      [{"field": "hours", "message": "Attendance cannot exceed the session's 3 hours."}])},
      req_body=body("AttendanceInput", "The session and the hours attended.")),
  enrollment_action("result", "recordResult", "Record the assessment result",
      "Records the assessment (考核): pass or fail, and optionally a score out of 100, replacing an earlier result. "
      "The enrolment must be `enrolled`. Recorded in the audit trail (`enrollment.result`).",
      {"422": refused("`score` not a whole number from 0 to 100; `passed` missing or not one of the accepted values; "
                      "or the enrolment is not `enrolled` (on `enrollment`).", P_ENROLLMENT + "/result",
                      [{"field": "passed", "message": "Choose the Result from the list."}])},
      req_body=body("ResultInput", "The result.")),
  enrollment_action("complete", "completeEnrollment", "Complete an enrolment (结业)",
      "Marks the enrolment `completed` (结业) with `completedOn` today (China Standard Time), if it meets the "
      "program's completion rule: the assessment passed (`/result`) **and** attendance of at least "
      "`minAttendancePercent` of the cohort's scheduled hours (the sum of its sessions, rounded up to the minute: "
      "80 % of 7 h is 5 h 36 min). Otherwise a 422 on `enrollment` names every shortfall. The enrolment must be "
      "`enrolled`. No body is needed. Recorded in the audit trail (`enrollment.complete`). A certificate can then "
      "be issued (`/certificate`).",
      {"422": refused("The enrolment does not meet the completion rule (every shortfall in one message on "
                      "`enrollment`), or is not `enrolled`.", P_ENROLLMENT + "/complete",
                      [{"field": "enrollment", "message": "Attended 4.5 hours; completion needs 5.6. "
                                                          "No assessment result yet."}], has_body=False)}),
  enrollment_action("not-completed", "markEnrollmentNotCompleted", "Close an enrolment as not completed (未结业)",
      "Closes an `enrolled` enrolment as `not_completed` (未结业), e.g. when the cohort ends without the conditions "
      "being met. It keeps its seat counted. No body is needed. Recorded in the audit trail "
      "(`enrollment.not_completed`).",
      {"422": refused("The enrolment is not `enrolled` (on `enrollment`).", P_ENROLLMENT + "/not-completed",
                      [{"field": "enrollment",
                        "message": "This enrolment is not in progress; nothing can be recorded."}], has_body=False)}),
  enrollment_action("certificate", "issueEnrollmentCertificate", "Issue the certificate of a completed enrolment",
      "Issues a certificate for a `completed` enrolment in the name of the program's provider (`issuerID`, "
      "`issuerName`), with the program's occupation, and signs it (Ed25519, see "
      "`GET /api/v1/certificates/public-key`). One certificate per enrolment.\n\n"
      "| `kind` | For | `level` of the certificate |\n|---|---|---|\n"
      "| `training_completion` (default) | every program | the program's `engineerLevel` (engineer training); none "
      "otherwise |\n"
      "| `skill_level` | `skill_training` programs | the program's `skillLevel` |\n"
      "| `technical_grade` | — (422 on `kind`: recorded by officers, `POST /api/v1/certificates`) | |\n\n"
      "The holder's profile levels follow their certificates: a skill-level certificate can raise the profile's "
      "`skillLevel`. Recorded in the audit trail (`certificate.issue`). Only administrators and the program's "
      "provider may issue.",
      {"409": conflict("Another request issued a certificate for this enrolment, or with the same number for the "
                       "same issuer, at the same moment.", P_ENROLLMENT + "/certificate"),
       "422": refused("Fields in the order `kind` (not a kind), `number` (missing or longer than 40 characters), "
                      "`issuedOn` (not a date, after today, or before the completion date), then `enrollment` (not "
                      "`completed`), `kind` (not for this program), `enrollment` (a certificate was already issued "
                      "for it); finally `number` when the provider has already used that certificate number.",
                      P_ENROLLMENT + "/certificate",
                      [{"field": "number", "message": "Certificate number ZB2026-0001 is already used by this "
                                                      "issuer."}])},
      req_body=body("CertificateIssue", "The certificate's number, and optionally its kind and date of issue."),
      ok_code="201", ok_schema="Certificate", ok_desc="The certificate was issued and signed."),
  (P_VOUCHER_BATCHES, *authed("get", "listVoucherBatches", "List the voucher batches issued", ["Training"],
      "Batches of training vouchers (培训券发放批次, M2), latest first (at most 500), for the city's staff who issue "
      "them:\n\n" + VOUCHER_ISSUERS + "\n\nList items carry no `skipped` (it is only in the answer to issuing). The "
      "vouchers of a batch are listed by `GET /api/v1/vouchers?batch={id}`, and its unused ones are cancelled by "
      "`POST /api/v1/voucher-batches/{id}/cancel`.",
      {"200": ok_status("VoucherBatchList", "The batches (possibly none), without `skipped`."),
       "401": ref("responses", "Unauthorized"),
       "403": forced(P_VOUCHER_BATCHES, "The caller is not an administrator or officer")})),
  (P_VOUCHER_BATCHES, *authed("post", "issueVoucherBatch", "Issue a batch of training vouchers to a key group",
      ["Training"],
      "Issues training vouchers (培训券, M2) in one batch: one voucher, of `value` yuan and valid until "
      "`expiresOn`, for training in one occupation of the **training demand catalogue** (职业技能培训需求指导目录, "
      "the active policy's `training_demand_catalogue`), to each eligible talent of a **key group** (重点群体, the "
      "policy's `key_groups`).\n\n"
      "**Eligible**: every `active` talent profile carrying the key group (`keyGroups`), in `districtCode` when it "
      "is given, and among `talentIDs` when they are given (a listed profile that is not eligible is passed over "
      "without an error).\n\n"
      "**One live voucher per occupation**: an eligible talent who already holds a voucher for the occupation that "
      "is `issued` and not expired gets none from this batch. At most `maxCount` vouchers are issued, to eligible "
      "talents in order of their profile `id`. `issuedCount` says how many were issued; `skipped` how many "
      "eligible talents got none — those already holding a live voucher, and also those beyond `maxCount` when it "
      "cut the batch short. A batch that reaches no one is still stored, with `issuedCount` 0.\n\n"
      "The vouchers are dated today (`issuedOn`, China Standard Time). Every field is validated, all at once, after "
      "the role is checked; if any is invalid nothing is stored and the answer is a 422 whose `errors` names each "
      "invalid field. The batch and its vouchers are written in one transaction and recorded in the audit trail "
      "(`voucher.issue_batch`).\n\n" + VOUCHER_ISSUERS + "\n\n"
      "The body is decoded before the role is checked, so a malformed body is a 400 even for a caller who would "
      "get 403.\n\n" + WRITE_NOTE,
      {"201": with_examples(ok_status("VoucherBatch", "The batch was issued; the body is the stored batch with "
                                      "`issuedCount` and `skipped`."),
                            {"issued": {"summary": "Issued to the key group",
                                        "value": {**voucher_batch_example, "issuedCount": 118, "skipped": 4}},
                             "nobody": {"summary": "Everyone eligible already holds a live voucher",
                                        "value": {**voucher_batch_example, "issuedCount": 0, "skipped": 122}}}),
       "400": malformed(P_VOUCHER_BATCHES),
       "401": ref("responses", "Unauthorized"),
       "403": write_forbidden("The caller is not an administrator or officer", P_VOUCHER_BATCHES),
       "415": unsupported(P_VOUCHER_BATCHES),
       "422": refused("One or more fields are invalid. `errors` has one entry per invalid field, in the order "
                      + VOUCHER_BATCH_ORDER + "; `detail` joins their messages.", P_VOUCHER_BATCHES,
                      [{"field": "keyGroup", "message": "Choose valid key groups."},
                       {"field": "occupationCode", "message": "Occupation 2-01-01-01 is not in the training demand "
                                                              "catalogue; no vouchers can be issued for it."},
                       {"field": "value", "message": "The Value (yuan) must be an amount in yuan such as 1200 or "
                                                     "1200.50."},
                       {"field": "expiresOn", "message": "The validity cannot end before today."}])},
      body=body("VoucherBatchInput", "The batch to issue."), security=WRITE_SECURITY)),
  ("/api/v1/voucher-batches/{id}/cancel", *authed("post", "cancelVoucherBatch",
      "Cancel the unused vouchers of a batch", ["Training"],
      "Cancels (作废) every voucher of the batch that is still `issued` — expired ones included — with one `reason`: "
      "each becomes `cancelled`, with `cancelledAt` and `cancelReason`, exactly as by "
      "`POST /api/v1/vouchers/{id}/cancel`, and can no longer be spent. Vouchers that paid for an enrolment "
      "(`redeemed`) stay as they are, and so do those already cancelled (with their own reason). `cancelled` says "
      "how many this request cancelled; it may be 0 — nothing left to cancel, e.g. the second time — which is not "
      "an error. The batch itself is unchanged (`issuedCount` still counts every voucher it issued).\n\n"
      "The vouchers are cancelled by one conditional update (`status = 'issued'`), so a voucher of the batch being "
      "spent at the same moment is either spent (and stays `redeemed`) or cancelled, never both. A `redeemed` "
      "voucher given back later, when its trainee withdraws (`POST /api/v1/enrollments/{id}/withdraw`), is "
      "`issued` again: an earlier cancelling of its batch does not reach it — cancel it then, on its own or by "
      "cancelling the batch again.\n\n"
      "Recorded in the audit trail by one event for the batch (`voucher_batch.cancel`, entity type "
      "`voucher_batch`), also when nothing was cancelled.\n\n" + VOUCHER_ISSUERS + "\n\n"
      "The caller's role is checked first, then the batch, then the body.\n\n" + WRITE_NOTE,
      {"200": with_examples(ok_status("VoucherBatchCancelResult", "Done: the batch and how many of its vouchers "
                                      "this request cancelled (possibly 0)."),
                            {"cancelled": {"summary": "The batch's unused vouchers were cancelled",
                                           "value": {"batchID": voucher_batch_id, "cancelled": 112}},
                             "none": {"summary": "Nothing left to cancel (every voucher used or already cancelled)",
                                      "value": {"batchID": voucher_batch_id, "cancelled": 0}}}),
       "400": malformed(P_VOUCHER_BATCH_CANCEL),
       "401": ref("responses", "Unauthorized"),
       "403": write_forbidden("The caller is not an administrator or officer", P_VOUCHER_BATCH_CANCEL),
       "404": not_found("No such batch. An `id` that is not a UUID is also a 404.", P_VOUCHER_BATCH_CANCEL),
       "415": unsupported(P_VOUCHER_BATCH_CANCEL),
       "422": refused(VOUCHER_REASON_CHECKS + " (on `reason`).", P_VOUCHER_BATCH_CANCEL,
                      [{"field": "reason", "message": "Enter the Reason for cancelling."}])},
      params=[ref("parameters", "VoucherBatchID")],
      body=body("VoucherCancellation", "Why the batch's unused vouchers are cancelled."), security=WRITE_SECURITY)),
  (P_VOUCHERS, *authed("get", "listVouchers", "List the training vouchers the caller may see", ["Training"],
      "Training vouchers, latest issued first (at most 1,000), restricted to the caller's scope:\n\n"
      + VOUCHER_SCOPE + "\n\n"
      "`batch` narrows the list to one batch (a batch with no visible voucher, or none at all, gives an empty "
      "list). A voucher past its `expiresOn` keeps `status: issued` but can no longer be spent.",
      {"200": ok_status("VoucherList", "The visible vouchers (possibly none)."),
       "400": problem_resp("`batch` is not a UUID. `detail` names the parameter in the language chosen by `lang`.",
           problem_example(400, "Bad Request", "The parameter batch has an invalid value.", P_VOUCHERS)),
       "401": ref("responses", "Unauthorized"),
       "403": forced(P_VOUCHERS, "The caller is an `employer`")},
      params=[ref("parameters", "VoucherBatchFilter")])),
  ("/api/v1/vouchers/{id}/cancel", *authed("post", "cancelVoucher", "Cancel a training voucher that has not been used",
      ["Training"],
      "Cancels (作废) one training voucher: it becomes `cancelled`, with `cancelledAt` and `cancelReason`, for good "
      "(no route makes it `issued` again). A cancelled voucher can no longer be spent — `voucherID` of "
      "`POST /api/v1/cohorts/{id}/enrollments` refuses it (“This voucher has been cancelled.”) — and its holder "
      "sees it with the reason, in `GET /api/v1/vouchers` and on their training page; write the reason for them. "
      "It is no longer a live voucher, so a later batch for the occupation can issue the holder a new one.\n\n"
      "Only a voucher that is `issued` can be cancelled, expired or not. One that has paid for an enrolment "
      "(`redeemed`) is refused with a 422 on `voucher`: it comes back to `issued` if the trainee withdraws "
      "(`POST /api/v1/enrollments/{id}/withdraw`), and can be cancelled then. Cancelling a voucher already "
      "`cancelled` is a 422 on `voucher` too.\n\n"
      "Cancelling is one conditional update (`status = 'issued'`), so a voucher being spent at the same moment is "
      "either spent — this request then gets the 422 “paid for an enrolment” — or cancelled — the enrolment then "
      "gets the 422 “already used” on `voucherID`, and nothing of the enrolment is written — never both.\n\n"
      "Recorded in the audit trail (`voucher.cancel`). To cancel every unused voucher of a batch at once, see "
      "`POST /api/v1/voucher-batches/{id}/cancel`.\n\n" + VOUCHER_CANCELLERS + "\n\n"
      "The caller's role is checked first, then the voucher, then the body (`reason` before the voucher's "
      "status).\n\n" + WRITE_NOTE,
      {"200": with_examples(ok_status("Voucher", "The voucher, now `cancelled`, with `cancelledAt` and "
                                      "`cancelReason`."),
                            {"cancelled": {"summary": "Cancelled", "value": voucher_cancelled_example}}),
       "400": malformed(P_VOUCHER_CANCEL),
       "401": ref("responses", "Unauthorized"),
       "403": write_forbidden("The caller is not an administrator or officer", P_VOUCHER_CANCEL),
       "404": not_found("No such voucher. An `id` that is not a UUID is also a 404.", P_VOUCHER_CANCEL),
       "415": unsupported(P_VOUCHER_CANCEL),
       "422": problem_examples(
           VOUCHER_REASON_CHECKS + " (on `reason`); or, with a valid `reason`, the voucher is not `issued` (on "
           "`voucher`): it has paid for an enrolment (`redeemed`), or it is already `cancelled`. Nothing was stored. "
           "An empty body (no JSON at all) is also a 422, without `errors`.",
           {"reason": ("No reason (Chinese, the default language)",
                       problem_example(422, "Unprocessable Entity", "请填写“作废原因”。", P_VOUCHER_CANCEL,
                                       [{"field": "reason", "message": "请填写“作废原因”。"}])),
            "reasonTooLong": ("A reason longer than 200 characters (`lang=en`)",
                              problem_example(422, "Unprocessable Entity",
                                              "The Reason for cancelling can be at most 200 characters.",
                                              P_VOUCHER_CANCEL,
                                              [{"field": "reason", "message": "The Reason for cancelling can be at "
                                                                              "most 200 characters."}])),
            "used": ("The voucher has paid for an enrolment (`lang=en`)",
                     problem_example(422, "Unprocessable Entity",
                                     "This voucher paid for an enrolment and cannot be cancelled (it comes back if "
                                     "the trainee withdraws; cancel it then).", P_VOUCHER_CANCEL,
                                     [{"field": "voucher",
                                       "message": "This voucher paid for an enrolment and cannot be cancelled (it "
                                                  "comes back if the trainee withdraws; cancel it then)."}])),
            "alreadyCancelled": ("The voucher is already cancelled (`lang=en`)",
                                 problem_example(422, "Unprocessable Entity", "This voucher is already cancelled.",
                                                 P_VOUCHER_CANCEL,
                                                 [{"field": "voucher",
                                                   "message": "This voucher is already cancelled."}]))})},
      params=[ref("parameters", "VoucherID")],
      body=body("VoucherCancellation", "Why the voucher is cancelled."), security=WRITE_SECURITY)),
  (P_SETTLEMENT, *authed("get", "getVoucherSettlement", "List the vouchers redeemed in a period (settlement)",
      ["Training"],
      "The settlement list (结算清单): the training vouchers redeemed — spent on an enrolment — from `from` to `to`, "
      "both days included, days in China Standard Time (Asia/Shanghai), by time of redemption (at most 10,000), "
      "with their total value `totalFen`. A provider claims this from the voucher fund. Only vouchers still "
      "`redeemed` and paying for a seat are listed: one given back on withdrawal is no longer in any period, and one "
      "spent on a waiting-list place appears once the person moves up. Restricted to the caller's "
      "scope:\n\n" + VOUCHER_SCOPE + "\n\n"
      "Without `to`, the period ends today; without `from`, it starts on the first day of `to`'s month — so "
      "by default this month so far. The holders' names are masked (`张*明`).",
      {"200": ok_status("VoucherSettlement", "The period, its total and its vouchers (possibly none)."),
       "400": problem_resp("`from` or `to` is not a date `YYYY-MM-DD` (`detail` names it), or the period's start is "
                           "after its end (`detail` names `to`) — counting the defaults, so `from` alone after "
                           "today, or `to` alone before the first day of the current month, is a 400 too. `detail` "
                           "is in the language chosen by `lang`.",
           problem_example(400, "Bad Request", "The parameter from has an invalid value.", P_SETTLEMENT)),
       "401": ref("responses", "Unauthorized"),
       "403": forced(P_SETTLEMENT, "The caller is an `employer`")},
      params=[ref("parameters", "SettlementFrom"), ref("parameters", "SettlementTo")])),
  ("/api/v1/certificates", *authed("get", "listCertificates", "List the certificates the caller may see",
      ["Certificates"],
      "Certificates, latest date of issue first (at most 500), revoked ones included, restricted to the caller's "
      "scope:\n\n"
      "| Caller | Certificates |\n|---|---|\n"
      "| `admin`, `officer` | every certificate |\n"
      "| `provider` | those issued by the caller's organisation |\n"
      "| `talent` | their own (held by the profile linked to their account) |\n"
      "| `employer` | — (403) |",
      {"200": ok_status("CertificateList", "The visible certificates (possibly none)."),
       "401": ref("responses", "Unauthorized"),
       "403": forced("/api/v1/certificates", "The caller is an `employer`")})),
  ("/api/v1/certificates", *authed("post", "recordCertificate", "Record a certificate issued elsewhere",
      ["Certificates"],
      "Records, for a person of the talent pool, a certificate issued by a body that is not on the platform (an "
      "assessment body, a vocational skill level assessment organisation, …): its kind, level, occupation, issuer, "
      "number and date. The platform gives it a public code and signs it like the certificates it issues, so it "
      "can be verified (`GET /api/v1/certificates/verify/{code}`). The holder's profile levels follow their "
      "certificates (a skill-level certificate can raise `skillLevel`, a grade certificate the title level, as the "
      "policy's title pathways say). Recorded in the audit trail (`certificate.record`).\n\n"
      "Only administrators and officers record certificates; a provider issues its own through a completed "
      "enrolment (`POST /api/v1/enrollments/{id}/certificate`). The body is decoded before the role is checked, "
      "so a malformed body is a 400 even for a caller who would get 403.\n\n" + WRITE_NOTE,
      {"201": ok_status("Certificate", "The certificate was recorded and signed (no `issuerID`: the issuer is not on "
                        "the platform)."),
       "400": malformed("/api/v1/certificates"),
       "401": ref("responses", "Unauthorized"),
       "403": write_forbidden("The caller is not an administrator or officer", "/api/v1/certificates"),
       "409": conflict("Another request recorded a certificate with the same number for the same issuer at the same "
                       "moment.", "/api/v1/certificates"),
       "415": unsupported("/api/v1/certificates"),
       "422": refused("One or more fields are invalid, in the order `talentID`, `kind`, `level`, `occupationCode`, "
                      "`issuerName`, `number`, `issuedOn`; or the issuer has already used that certificate number "
                      "(on `number`; the issuer's name is compared ignoring case and white space).",
                      "/api/v1/certificates",
                      [{"field": "level", "message": "Choose the Level from the list."},
                       {"field": "issuedOn", "message": "The date of issue cannot be after today."}])},
      body=body("CertificateInput", "The certificate to record."), security=WRITE_SECURITY)),
  ("/api/v1/certificates/public-key", "get", {
      "operationId": "getCertificatePublicKey", "summary": "Get the public key that signs certificates",
      "description":
          "The platform's Ed25519 public key, to check certificate signatures offline. Public: no authentication "
          "needed.\n\n"
          "A certificate's signature (`signature`, base64) is the Ed25519 signature of its **canonical payload** "
          "(`payload` in `GET /api/v1/certificates/verify/{code}`): the UTF-8 bytes of these lines, in this order, "
          "joined by a line feed (`\\n`), with no trailing line feed — empty values stay as `key=`:\n\n"
          "```\nzibo-talent-certificate/v1\ncode=7K3MQ9TX2HCV8RWP\nkind=training_completion\nlevel=intermediate\n"
          "occupation=2-02-10-09\nissuer=淄博数智职业培训学校\nnumber=ZB2026-0001\nissued=2026-09-30\nholder=张*\n```\n\n"
          "`code` is the 16 characters without dashes; `level` and `occupation` are empty when the certificate has "
          "none; `issued` is `YYYY-MM-DD`; `holder` is the masked name (first and last characters, the rest "
          "starred). Line breaks inside a value are written as spaces. Revocation is not part of the payload: a "
          "signature proves issue; the verify route tells whether the certificate still stands.\n\n"
          "With OpenSSL: save `pem` as `key.pem`, the payload (without a final line feed) as `payload.txt` and the "
          "base64-decoded signature as `sig.bin`, then `openssl pkeyutl -verify -pubin -inkey key.pem -rawin "
          "-in payload.txt -sigfile sig.bin`.",
      "tags": ["Certificates"], "security": [], "parameters": [ref("parameters", "Lang")],
      "responses": {"200": ok_status("PublicKey", "The public key.")}}),
  ("/api/v1/certificates/verify/{code}", "get", {
      "operationId": "verifyCertificate", "summary": "Verify a certificate by its code",
      "description":
          "What the public verify page (`/verify/{code}`) shows, as JSON: whether the code names a genuine "
          "certificate, and if so its details (the holder's name masked), the signed payload and its signature for "
          "checking offline with `GET /api/v1/certificates/public-key`. Public: no authentication needed.\n\n"
          "| `status` | HTTP | Meaning |\n|---|---|---|\n"
          "| `valid` | 200 | A certificate with this code exists and its signature holds. |\n"
          "| `revoked` | 200 | As `valid`, but it was revoked: `revokedAt` and `revokeReason` say when and why. |\n"
          "| `invalid` | 404 | No certificate has this code, the code cannot be one, or the stored certificate "
          "no longer matches its signature (altered). The body is still a `Verification`, with `code` and `status` "
          "only. |\n\n"
          "The code is read as people type it: any case, with or without dashes and spaces, `O` read as `0` and `I` "
          "or `L` as `1`.",
      "tags": ["Certificates"], "security": [],
      "parameters": [ref("parameters", "CertificateCode"), ref("parameters", "Lang")],
      "responses": {
          "200": with_examples(ok_status("Verification", "A genuine certificate: `valid` or `revoked`."),
                               {"valid": {"summary": "Valid", "value": {
                                   "code": cert_code, "status": "valid", "kind": "training_completion",
                                   "level": "intermediate", "occupationCode": "2-02-10-09",
                                   "issuer": "淄博数智职业培训学校", "number": "ZB2026-0001", "issuedOn": "2026-09-30",
                                   "holder": "张*", "payload": cert_payload, "signature": cert_signature,
                                   "keyID": cert_key_id, "algorithm": "Ed25519"}},
                                "revoked": {"summary": "Revoked", "value": {
                                   "code": cert_code, "status": "revoked", "kind": "training_completion",
                                   "level": "intermediate", "occupationCode": "2-02-10-09",
                                   "issuer": "淄博数智职业培训学校", "number": "ZB2026-0001", "issuedOn": "2026-09-30",
                                   "holder": "张*", "revokedAt": "2026-10-08T02:30:00Z",
                                   "revokeReason": "Issued in error", "payload": cert_payload,
                                   "signature": cert_signature, "keyID": cert_key_id, "algorithm": "Ed25519"}}}),
          "404": {"description": "`invalid`: no genuine certificate has this code. Sent as `application/json` (not a "
                                 "problem): the same `Verification` object, with `code` (exactly what was asked, cut "
                                 "to 64 characters) and `status` only.",
                  "headers": dict(STD_HEADERS),
                  "content": {"application/json": {"schema": S("Verification"),
                                                   "example": {"code": "7K3M-Q9TX-2HCV-8RWX", "status": "invalid"}}}}}}),
  ("/api/v1/certificates/{id}", *authed("get", "getCertificate", "Get one certificate", ["Certificates"],
      "One certificate, with its signature, if the caller may read it:\n\n"
      "| Caller | Certificates |\n|---|---|\n"
      "| `admin`, `officer` | every certificate |\n"
      "| `provider` | those issued by the caller's organisation |\n"
      "| `talent` | their own |\n"
      "| `employer` | — (403) |\n\n"
      "A certificate outside the caller's scope is a 404, exactly like one that does not exist.",
      {"200": ok_status("Certificate", "The certificate."),
       "401": ref("responses", "Unauthorized"),
       "403": forced(P_CERTIFICATE, "The caller is an `employer`"),
       "404": not_found("No such certificate, or one outside the caller's scope (see the table; the two are not "
                        "distinguished). An `id` that is not a UUID is also a 404.", P_CERTIFICATE)},
      params=[ref("parameters", "CertificateID")])),
  ("/api/v1/certificates/{id}/revoke", *authed("post", "revokeCertificate", "Revoke a certificate", ["Certificates"],
      "Revokes the certificate with a reason, which the public verify route and page then show (`status: revoked`, "
      "`revokedAt`, `revokeReason`). The certificate stays, with its signature (which still proves it was issued). "
      "The holder's profile levels are derived again from the certificates that still stand. Revoking twice is a "
      "422. Recorded in the audit trail (`certificate.revoke`).\n\n"
      "| Caller | May revoke |\n|---|---|\n"
      "| `admin`, `officer` | every certificate |\n"
      "| `provider` | those issued by the caller's organisation |\n"
      "| `talent`, `employer` | — (403) |\n\n"
      "A certificate outside the caller's scope is a 404.\n\n" + WRITE_NOTE,
      {"200": ok_status("Certificate", "The certificate, now `revoked`."),
       "400": malformed(P_CERTIFICATE + "/revoke"),
       "401": ref("responses", "Unauthorized"),
       "403": write_forbidden("The caller's role may not revoke certificates (`talent`, `employer`)",
                              P_CERTIFICATE + "/revoke"),
       "404": not_found("No such certificate, or one outside the caller's scope. An `id` that is not a UUID is also "
                        "a 404.", P_CERTIFICATE + "/revoke"),
       "415": unsupported(P_CERTIFICATE + "/revoke"),
       "422": refused("`reason` is missing, longer than 500 characters or more than one line, or the certificate is "
                      "already revoked (on `reason`).", P_CERTIFICATE + "/revoke",
                      [{"field": "reason", "message": "This certificate is already revoked."}])},
      params=[ref("parameters", "CertificateID")], body=body("CertificateRevocation", "Why it is revoked."),
      security=WRITE_SECURITY)),
]
for path, method, o in training_ops:
    paths.setdefault(path, {})[method] = o

def path_param(name, desc, schema):
    return {"name": name, "in": "path", "required": True, "description": desc, "schema": schema}

parameters.update({
  "ProgramID": path_param("id", "Id of the training program.", {"type": "string", "format": "uuid"}),
  "CohortID": path_param("id", "Id of the cohort (see a program's `cohorts`).", {"type": "string", "format": "uuid"}),
  "SessionID": path_param("id", "Id of the session (see a cohort's `sessions`).", {"type": "string", "format": "uuid"}),
  "EnrollmentID": path_param("id", "Id of the enrolment.", {"type": "string", "format": "uuid"}),
  "EnrollmentImportID": path_param("id", "Id of the enrolment import (`id` of the answer to "
                                         "`POST /api/v1/cohorts/{id}/enrollments/import`).",
                                   {"type": "string", "format": "uuid"}),
  "ImportPartial": qparam("partial", "`true` (exactly so, lower case): write the accepted rows even when others are "
                                     "refused. Anything else, or absent: atomic — one refused row and nothing is "
                                     "written.", {"type": "string", "examples": ["true"]}),
  "ImportFileName": qparam("fileName", "The file's name, kept with the import to recognise it later (`fileName`); "
                                       "percent-encoded like any query value. At most 200 characters are kept. "
                                       "Default `api`.", {"type": "string", "examples": ["学员名单.csv"]}),
  "CertificateID": path_param("id", "Id of the certificate (its `id`, not its public `code`).",
                              {"type": "string", "format": "uuid"}),
  "CertificateCode": path_param("code",
      "The certificate's public code: 16 characters of Crockford's base32 (digits and capitals without I, L, O, U), "
      "usually written in groups of four. Read leniently: any case, dashes and spaces ignored, `O` for `0`, `I` or "
      "`L` for `1`. Anything that cannot be a code is simply `invalid` (404).",
      {"type": "string", "maxLength": 64, "examples": [cert_code, "7k3mq9tx2hcv8rwp"]}),
  "VoucherID": path_param("id", "Id of the training voucher (see `GET /api/v1/vouchers`).",
                          {"type": "string", "format": "uuid"}),
  "VoucherBatchID": path_param("id", "Id of the voucher batch (see `GET /api/v1/voucher-batches`).",
                               {"type": "string", "format": "uuid"}),
  "VoucherBatchFilter": qparam("batch", "Only the vouchers of this batch (its `id`, see "
                                         "`GET /api/v1/voucher-batches`). Anything that is not a UUID is a 400."
                                         + BLANK_NOTE, {"type": "string", "format": "uuid",
                                                         "examples": [voucher_batch_id]}),
  "SettlementFrom": qparam("from", "First day of the period, `YYYY-MM-DD` (China Standard Time), included. Default: "
                                   "the first day of the current month. Anything that is not a date is a 400."
                                   + BLANK_NOTE, {"type": "string", "format": "date", "examples": ["2026-06-01"]}),
  "SettlementTo": qparam("to", "Last day of the period, `YYYY-MM-DD` (China Standard Time), included; not before "
                               "`from`. Default: today. Anything that is not a date is a 400." + BLANK_NOTE,
                         {"type": "string", "format": "date", "examples": ["2026-06-30"]}),
  "ProgramKindFilter": qparam("kind", "Only programs of this kind (see `ProgramKind`). Any other value is a 400; "
                                      "empty means no filter.", S("ProgramKind")),
  "ProgramYear": qparam("year", "Only programs starting in this year (`year`, from `startsOn`): a whole number from "
                                "2000 to 2100; anything else is a 400. Empty means no filter.",
                        {"type": "integer", "minimum": 2000, "maximum": 2100, "examples": [2026]}),
  "ProgramOpen": qparam("open", "`true`, `1`, `on` or `yes` (case-insensitive): only programs that are `open` (taking "
                                "applications). Anything else or absent: every published program.",
                        {"type": "string", "examples": ["true"]}),
  "ProgramManaged": qparam("managed", "`true`, `1`, `on` or `yes` (case-insensitive): the programs the caller runs or "
                                      "oversees, drafts and archived ones included, instead of the public catalogue "
                                      "(needs authentication; see the description).",
                           {"type": "string", "examples": ["true"]}),
})

PROGRAM_KIND_DESC = ("Kind of program: `engineer_training` 数字技术工程师培训 (digital technology engineer training, by "
                     "occupation, direction and level; M1), `advanced_seminar` 数字技术高级研修 (advanced seminar for "
                     "high-level and shortage talent; M1), `exchange` 学术技术交流 (academic and technical exchange; M1), "
                     "`skill_training` 职业技能培训 (vocational skill training toward a level of the eight-level ladder; "
                     "M2), `order_training` 校企订单培养 (school–enterprise order-based training; M3).")
ENGINEER_LEVEL_DESC = "工程师等级: `junior` 初级, `intermediate` 中级, `senior` 高级."
CERT_KIND_DESC = ("Kind of certificate: `training_completion` 培训合格证书 (issued by a provider on completing a program; "
                  "for engineer training it carries the level), `technical_grade` 专业技术等级证书 (the engineer "
                  "programme's grade certificate: `junior`, `intermediate` or `senior`), `skill_level` 职业技能等级证书 "
                  "(a level of the eight-level ladder, 新八级工).")
DATE_DESC = "`YYYY-MM-DD`."
DEMAND_CATALOGUE_DESC = ("occupations of the training demand catalogue (职业技能培训需求指导目录, M10) in the active policy "
                         "(`training_demand_catalogue`) — in the 2025 policy the digital engineering-technician "
                         "occupations `2-02-38-01` … `2-02-38-13`, `2-06-07-13` 数字化管理师 and `4-04-05-05` "
                         "人工智能训练师")
in_date = lambda desc, **kw: lenient(desc + " A date `YYYY-MM-DD` in the years 2000–2100.", **kw)

entry_requirement_example = {"anyOf": [{"certificate": {"kind": "training_completion", "minimum": "junior"}},
                                       {"yearsInField": {"_0": 2}}]}
program_example = {
    "id": program_id, "providerID": provider_org_id, "kind": "engineer_training",
    "title": "人工智能工程技术人员（中级）培训", "measure": "M1", "year": 2026, "occupationCode": "2-02-10-09",
    "direction": "机器学习", "engineerLevel": "intermediate", "experts": ["王教授（山东理工大学）"],
    "format": "理论讲授 + 上机实训", "description": "面向在职人员的中级工程师培训。", "capacity": 40,
    "startsOn": "2026-07-01", "endsOn": "2026-09-30", "delivery": "blended", "place": "淄博市张店区人民西路 1 号",
    "feeFen": 120000, "vouchersApply": True, "subsidiesApply": True, "entryRequirement": entry_requirement_example,
    "minAttendancePercent": 80, "status": "open"}
session_example = {"id": session_id, "date": "2026-07-04", "minutes": 180, "topic": "机器学习基础"}
cohort_example = {"id": cohort_id, "programID": program_id, "name": "2026 年第一期", "capacity": 40, "seatsTaken": 32,
                  "enrolDeadline": "2026-06-20", "startsOn": "2026-07-01", "endsOn": "2026-09-30",
                  "sessions": [session_example]}
enrollment_example = {"id": enrollment_id, "cohortID": cohort_id, "programID": program_id, "talentID": talent_id,
                      "status": "completed", "appliedAt": "2026-06-02T01:14:09Z", "yearsInField": 3, "score": 86,
                      "passed": True, "completedOn": "2026-09-30"}
certificate_example = {
    "id": certificate_id, "code": cert_code, "verifyPath": "/verify/" + cert_code, "kind": "training_completion",
    "level": "intermediate", "occupationCode": "2-02-10-09", "talentID": talent_id, "issuerID": provider_org_id,
    "issuerName": "淄博数智职业培训学校", "number": "ZB2026-0001", "issuedOn": "2026-09-30", "holder": "张*",
    "signature": cert_signature, "keyID": cert_key_id, "status": "valid"}

schemas.update({
  "ProgramKind": {"type": "string", "enum": ["engineer_training", "advanced_seminar", "exchange", "skill_training",
                                             "order_training"], "description": PROGRAM_KIND_DESC},
  "ProgramStatus": {"type": "string", "enum": ["draft", "open", "running", "finished", "archived"],
                    "description": "Where a program stands: `draft` 草稿 (not public), `open` 报名中 (taking "
                                   "applications), `running` 进行中, `finished` 已结束, `archived` 已归档 (not public). "
                                   "`open`, `running` and `finished` programs are published in the catalogue."},
  "DeliveryMode": {"type": "string", "enum": ["on_site", "online", "blended"],
                   "description": "Where a program happens: `on_site` 线下 (on site), `online` 线上, `blended` 混合 "
                                  "(both)."},
  "EnrollmentStatus": {"type": "string", "enum": ["enrolled", "waitlisted", "withdrawn", "completed", "not_completed"],
                       "description": "Where an enrolment stands: `enrolled` (holds a seat; attendance and results are "
                                      "recorded), `waitlisted` (the cohort was full; moves up when a seat frees), "
                                      "`withdrawn`, `completed` 结业 (attended enough and passed), `not_completed` 未结业. "
                                      "`enrolled`, `completed` and `not_completed` hold a seat."},
  "CertificateKind": {"type": "string", "enum": ["training_completion", "technical_grade", "skill_level"],
                      "description": CERT_KIND_DESC},
  "EngineerLevel": {"type": "string", "enum": ["junior", "intermediate", "senior"], "description": ENGINEER_LEVEL_DESC},
  "EntryRequirement": obj({
      "anyOf": {"type": "array", "items": S("EntryClause"),
                "description": "The alternatives; empty when the program is open to everyone."}},
      ["anyOf"],
      "报名条件: what a program asks of an applicant. **Any one** of the alternatives in `anyOf` suffices; a program "
      "with none is open to everyone. It is the JSON of Swift's synthesized `Codable` for an enum with associated "
      "values: each clause is an object with a single property naming its case, whose value is an object of the "
      "case's values — labelled ones under their labels (`kind`, `minimum`), an unlabelled one under `_0`. A value "
      "without content (`minimum` of any level) is omitted. Programs set it through the `require…` fields of "
      "`ProgramInput`, giving at most one clause of each case, in the order certificate, yearsInField, education, "
      "skillLevel.",
      examples=[entry_requirement_example, {"anyOf": []}]),
  "EntryClause": {
      "description": "One alternative of an entry requirement: exactly one of the four properties.",
      "oneOf": [
          obj({"certificate": obj({
                  "kind": S("CertificateKind"),
                  "minimum": {**S("EngineerLevel"), "description": "The lowest level that will do (or higher); "
                                                                   "omitted when any level will do."}},
                  ["kind"], "A valid (unrevoked) certificate of this kind — in the program's occupation when the "
                            "program has one — at `minimum` level or higher.")},
              ["certificate"], examples=[{"certificate": {"kind": "training_completion", "minimum": "junior"}}]),
          obj({"skillLevel": obj({"_0": {**skill_level, "description": SKILL_LEVEL_DESC}}, ["_0"],
                                 "A skill level on the applicant's profile of at least this level.")},
              ["skillLevel"], examples=[{"skillLevel": {"_0": "senior"}}]),
          obj({"yearsInField": obj({"_0": {"type": "integer", "minimum": 1, "maximum": 50}}, ["_0"],
                                   "At least this many years working in the field, as the applicant declares "
                                   "(`yearsInField` of the application).")},
              ["yearsInField"], examples=[{"yearsInField": {"_0": 2}}]),
          obj({"education": obj({"_0": {**education_level, "description": EDUCATION_DESC}}, ["_0"],
                                "Education on the applicant's profile of at least this level.")},
              ["education"], examples=[{"education": {"_0": "bachelor"}}])]},
  "ProgramInput": {
      "type": "object",
      "description": "A training program as created or edited. " + LENIENT_NOTE + "\n\n"
                     "Which fields a kind needs:\n\n"
                     "| `kind` | `measure` by default | Also required |\n|---|---|---|\n"
                     "| `engineer_training` | M1 | `occupationCode`, `engineerLevel` |\n"
                     "| `advanced_seminar` | M1 | `theme` |\n"
                     "| `exchange` | M1 | `theme` |\n"
                     "| `skill_training` | M2 | `occupationCode`, `skillLevel` |\n"
                     "| `order_training` | M3 | — |\n\n"
                     "`occupationCode`, `engineerLevel` and `skillLevel` are checked when given but stored only for "
                     "the kinds that use them. The entry requirement is given by the `require…` fields: each filled "
                     "one is an alternative, any one of which suffices (see `EntryRequirement`); none filled means "
                     "open to everyone.",
      "required": ["kind", "title", "capacity", "startsOn", "endsOn", "delivery"],
      "properties": {
          "providerID": lenient("`id` of the organisation running the program (see `/api/v1/organizations`); it "
                                "must not be an `enterprise`. Required for administrators; ignored for a `provider`, "
                                "whose own organisation it always is.", format="uuid", examples=[provider_org_id]),
          "kind": {**S("ProgramKind"), "description": "Required. " + PROGRAM_KIND_DESC},
          "title": lenient("Required: the program's title, one line of at most 200 characters.",
                           examples=["人工智能工程技术人员（中级）培训"]),
          "measure": lenient("Optional code of the policy measure the program serves (`M1` …), case-insensitive; "
                             "it must exist in the active policy. Defaults by kind (see the table). At most 8 "
                             "characters.", examples=["M1"]),
          "occupationCode": lenient("National occupation code (see `/api/v1/occupations`); required for "
                                    "`engineer_training` and `skill_training`. Must be in the catalogue; at most 20 "
                                    "characters.", examples=["2-02-10-09"]),
          "direction": lenient("Optional direction (专业方向) within the occupation, one line of at most 100 "
                               "characters.", examples=["机器学习"]),
          "engineerLevel": lenient_choice("Level of engineer training; required for `engineer_training`. "
                                          + ENGINEER_LEVEL_DESC, ["junior", "intermediate", "senior"]),
          "skillLevel": lenient_choice("Level of the ladder the training leads to; required for `skill_training`. "
                                       + SKILL_LEVEL_DESC, skill_level["enum"]),
          "theme": lenient("Theme; required for `advanced_seminar` and `exchange`. One line of at most 200 "
                           "characters.", examples=["工业互联网平台应用"]),
          "experts": lenient("Optional experts or lecturers, **one per line** (separated by `\\n`); at most 2,000 "
                             "characters. Listed as an array in `Program`.", examples=["王教授（山东理工大学）\n李工"]),
          "format": lenient("Optional form of teaching, one line of at most 100 characters.",
                            examples=["理论讲授 + 上机实训"]),
          "description": lenient("Optional description, several lines allowed, at most 5,000 characters.",
                                 examples=["面向在职人员的中级工程师培训。"]),
          "capacity": lenient("Required: seats per cohort, a whole number from 1 to 10000 — the default for new "
                              "cohorts, each of which may set its own.", types=("integer", "string"),
                              examples=[40, "40"]),
          "startsOn": in_date("Required: first day of the program; its year is the program's `year`.",
                              examples=["2026-07-01"]),
          "endsOn": in_date("Required: last day; not before `startsOn`.", examples=["2026-09-30"]),
          "delivery": {**S("DeliveryMode"), "description": "Required. Where the program happens: `on_site`, `online` "
                                                           "or `blended`."},
          "place": lenient("Where it takes place; required unless `delivery` is `online` (and then dropped). One "
                           "line of at most 200 characters.", examples=["淄博市张店区人民西路 1 号"]),
          "fee": lenient("Optional fee in yuan: digits with at most two decimal places, thousands separators, spaces "
                         "and a leading `¥`/`￥` allowed (`1200`, `1,200.50`), up to 100,000,000 yuan. Empty means "
                         "free (0). Sent back in fen as `feeFen`.", types=("string", "number"),
                         examples=["1200", "1,200.50", 1200]),
          "vouchersApply": lenient("Optional: training vouchers (培训券) of the program's `occupationCode` can pay for "
                                   "enrolling (`voucherID` of `POST /api/v1/cohorts/{id}/enrollments`; a program "
                                   "without an occupation can take none). `true`, `1`, `on` or `yes` "
                                   "(case-insensitive, or JSON `true`) means yes; anything else, or absent, no.",
                                   types=("boolean", "string"), examples=[True]),
          "subsidiesApply": lenient("Optional: training subsidies (培训补贴) apply. Read like `vouchersApply`.",
                                    types=("boolean", "string"), examples=[True]),
          "requireCertificateKind": lenient_choice(
              "Optional entry alternative: holds a valid certificate of this kind (in the program's occupation, if "
              "it has one). `training_completion` or `technical_grade`; `skill_level` is refused (a skill level is "
              "required with `requireSkillLevel`).", ["training_completion", "technical_grade", "skill_level"]),
          "requireCertificateLevel": lenient_choice(
              "Optional, with `requireCertificateKind`: the lowest level of that certificate that will do; empty "
              "means any level. " + ENGINEER_LEVEL_DESC, ["junior", "intermediate", "senior"]),
          "requireYearsInField": lenient("Optional entry alternative: at least this many years in the field, as the "
                                         "applicant declares them. A whole number from 1 to 50 (`0` is refused; "
                                         "leave it empty for none).", types=("integer", "string"), examples=[2]),
          "requireEducation": lenient_choice("Optional entry alternative: education of at least this level. "
                                             + EDUCATION_DESC, education_level["enum"]),
          "requireSkillLevel": lenient_choice("Optional entry alternative: a skill level on the profile of at least "
                                              "this level. " + SKILL_LEVEL_DESC, skill_level["enum"]),
          "minAttendancePercent": lenient("Optional share of the scheduled hours a participant must attend to "
                                          "complete: a whole number from 0 to 100; default 80.",
                                          types=("integer", "string"), examples=[80])},
      "examples": [{"kind": "engineer_training", "title": "人工智能工程技术人员（中级）培训",
                    "occupationCode": "2-02-10-09", "direction": "机器学习", "engineerLevel": "intermediate",
                    "experts": "王教授（山东理工大学）", "format": "理论讲授 + 上机实训",
                    "description": "面向在职人员的中级工程师培训。", "capacity": 40, "startsOn": "2026-07-01",
                    "endsOn": "2026-09-30", "delivery": "blended", "place": "淄博市张店区人民西路 1 号", "fee": "1200",
                    "vouchersApply": True, "subsidiesApply": True, "requireCertificateKind": "training_completion",
                    "requireCertificateLevel": "junior", "requireYearsInField": 2, "minAttendancePercent": 80}]},
  "Program": obj({
      "id": uuid(examples=[program_id]),
      "providerID": uuid("The organisation running the program (see `/api/v1/organizations`).",
                         examples=[provider_org_id]),
      "kind": S("ProgramKind"),
      "title": {"type": "string"},
      "measure": {"type": "string", "pattern": "^M[0-9]+$", "examples": ["M1"],
                  "description": "Code of the policy measure the program serves."},
      "year": {"type": "integer", "examples": [2026], "description": "The year of `startsOn`."},
      "occupationCode": {"type": "string", "examples": ["2-02-10-09"],
                         "description": "National occupation code; only for `engineer_training` and "
                                        "`skill_training`, omitted otherwise."},
      "direction": {"type": "string", "description": "Omitted when not given."},
      "engineerLevel": {**S("EngineerLevel"), "description": "Only for `engineer_training`; omitted otherwise."},
      "skillLevel": {**skill_level, "description": "Level the training leads to; only for `skill_training`, omitted "
                                                   "otherwise. " + SKILL_LEVEL_DESC},
      "theme": {"type": "string", "description": "Omitted when not given."},
      "experts": {"type": "array", "items": {"type": "string"},
                  "description": "Experts or lecturers, one per line of the input; possibly empty."},
      "format": {"type": "string", "description": "Form of teaching; omitted when not given."},
      "description": {"type": "string", "description": "Possibly empty; may contain line feeds."},
      "capacity": {"type": "integer", "minimum": 1, "maximum": 10000,
                   "description": "Default number of seats for new cohorts."},
      "startsOn": {"type": "string", "format": "date", "description": DATE_DESC},
      "endsOn": {"type": "string", "format": "date", "description": DATE_DESC},
      "delivery": S("DeliveryMode"),
      "place": {"type": "string", "description": "Omitted for `online` programs and when not given."},
      "feeFen": {"type": "integer", "format": "int64", "minimum": 0, "examples": [120000],
                 "description": "The fee in fen (1 yuan = 100 fen): `120000` is 1,200.00 yuan; 0 when free."},
      "vouchersApply": {"type": "boolean", "description": "Training vouchers (培训券) of the program's occupation can "
                                                          "pay for enrolling (`voucherID`)."},
      "subsidiesApply": {"type": "boolean", "description": "Training subsidies (培训补贴) apply."},
      "entryRequirement": S("EntryRequirement"),
      "minAttendancePercent": {"type": "integer", "minimum": 0, "maximum": 100,
                               "description": "Share of the scheduled hours a participant must attend to complete."},
      "status": S("ProgramStatus"),
      "cohorts": {"type": "array", "items": S("Cohort"),
                  "description": "On `GET /api/v1/programs/{id}`: every cohort of the program with its sessions. An "
                                 "empty array in the answers to a create or a status change; omitted in lists and in "
                                 "the answer to an edit."}},
      ["id", "providerID", "kind", "title", "measure", "year", "experts", "description", "capacity", "startsOn",
       "endsOn", "delivery", "feeFen", "vouchersApply", "subsidiesApply", "entryRequirement", "minAttendancePercent",
       "status"],
      "A training program (培训项目). Dates are `YYYY-MM-DD`, money in fen. Optional properties without a value are "
      "omitted.",
      examples=[{**program_example, "cohorts": [cohort_example]}]),
  "ProgramList": items_of("Program", "Programs, without `cohorts`."),
  "ProgramStatusChange": {
      "type": "object", "description": "The status to move a program to. " + LENIENT_NOTE, "required": ["to"],
      "properties": {"to": {**S("ProgramStatus"), "description": "The next status; see the transitions of "
                                                                 "`POST /api/v1/programs/{id}/status`."}},
      "examples": [{"to": "open"}]},
  "CohortInput": {
      "type": "object", "description": "A new cohort (班次). " + LENIENT_NOTE,
      "required": ["name", "enrolDeadline", "startsOn", "endsOn"],
      "properties": {
          "name": lenient("Required: the cohort's name, unique within the program; one line of at most 60 "
                          "characters.", examples=["2026 年第一期"]),
          "capacity": lenient("Optional number of seats, a whole number from 1 to 10000; defaults to the program's "
                              "`capacity`.", types=("integer", "string"), examples=[40]),
          "enrolDeadline": in_date("Required: last day to apply (inclusive, China Standard Time); not after "
                                   "`endsOn`.", examples=["2026-06-20"]),
          "startsOn": in_date("Required: first day.", examples=["2026-07-01"]),
          "endsOn": in_date("Required: last day; not before `startsOn`.", examples=["2026-09-30"])},
      "examples": [{"name": "2026 年第一期", "capacity": 40, "enrolDeadline": "2026-06-20", "startsOn": "2026-07-01",
                    "endsOn": "2026-09-30"}]},
  "CohortUpdate": {
      "type": "object",
      "description": "A cohort's new name, enrolment deadline and dates: the fields of `CohortInput` but `capacity` "
                     "(same checks), replacing the stored ones as a whole. " + LENIENT_NOTE,
      "required": ["name", "enrolDeadline", "startsOn", "endsOn"],
      "properties": {
          "name": lenient("Required: the cohort's name, unique within the program (it may stay the same); one line of "
                          "at most 60 characters.", examples=["2026 年第一期（晚班）"]),
          "capacity": {"description": "Ignored if sent, whatever its JSON type: the number of seats is changed with "
                                      "`POST /api/v1/cohorts/{id}/capacity`, which moves the waiting list."},
          "enrolDeadline": in_date("Required: last day to apply (inclusive, China Standard Time); not after "
                                   "`endsOn`.", examples=["2026-06-25"]),
          "startsOn": in_date("Required: first day; no session of the cohort may be earlier.",
                              examples=["2026-07-01"]),
          "endsOn": in_date("Required: last day; not before `startsOn`, and no session of the cohort may be later.",
                            examples=["2026-10-15"])},
      "examples": [{"name": "2026 年第一期（晚班）", "enrolDeadline": "2026-06-25", "startsOn": "2026-07-01",
                    "endsOn": "2026-10-15"}]},
  "Cohort": obj({
      "id": uuid(examples=[cohort_id]),
      "programID": uuid("The program the cohort belongs to.", examples=[program_id]),
      "name": {"type": "string", "maxLength": 60},
      "capacity": {"type": "integer", "minimum": 1, "maximum": 10000, "description": "Number of seats."},
      "seatsTaken": {"type": "integer", "minimum": 0,
                     "description": "Seats held: enrolments that are `enrolled`, `completed` or `not_completed`. When "
                                    "it equals `capacity`, new applications are `waitlisted`."},
      "enrolDeadline": {"type": "string", "format": "date", "description": "Last day to apply (inclusive). " + DATE_DESC},
      "startsOn": {"type": "string", "format": "date", "description": DATE_DESC},
      "endsOn": {"type": "string", "format": "date", "description": DATE_DESC},
      "sessions": {"type": "array", "items": S("Session"),
                   "description": "The cohort's sessions by date. Omitted in the answer to a capacity change "
                                  "or an edit."}},
      ["id", "programID", "name", "capacity", "seatsTaken", "enrolDeadline", "startsOn", "endsOn"],
      "A cohort (班次): one run of a program with its own seats, enrolment deadline and sessions.",
      examples=[cohort_example]),
  "CapacityChange": {
      "type": "object", "description": "A cohort's new number of seats. " + LENIENT_NOTE, "required": ["capacity"],
      "properties": {"capacity": lenient("Required: a whole number from 1 to 10000, not below the cohort's "
                                         "`seatsTaken`.", types=("integer", "string"), examples=[45])},
      "examples": [{"capacity": 45}]},
  "SessionInput": {
      "type": "object", "description": "A new session (课次) of a cohort. " + LENIENT_NOTE,
      "required": ["date", "hours", "topic"],
      "properties": {
          "date": in_date("Required: the day of the session, within the cohort's `startsOn` … `endsOn`.",
                          examples=["2026-07-04"]),
          "hours": lenient("Required: study hours (学时), more than 0 and at most 24, with at most one decimal place: "
                           "`\"3\"`, `\"1.5\"` (or the JSON numbers `3`, `1.5`). Stored as whole minutes "
                           "(`1.5` → 90).", types=("string", "number"), examples=["1.5", 3]),
          "topic": lenient("Required: what the session covers, one line of at most 200 characters.",
                           examples=["机器学习基础"])},
      "examples": [{"date": "2026-07-04", "hours": "3", "topic": "机器学习基础"}]},
  "Session": obj({
      "id": uuid(examples=[session_id]),
      "date": {"type": "string", "format": "date", "description": DATE_DESC},
      "minutes": {"type": "integer", "minimum": 1, "maximum": 1440, "examples": [90],
                  "description": "Length in whole minutes (`1.5` hours → 90)."},
      "topic": {"type": "string"}},
      ["id", "date", "minutes", "topic"], "A session (课次) of a cohort.", examples=[session_example]),
  "EnrollmentInput": {
      "type": "object",
      "description": "An application (by a talent, for themself) or an enrolment (by staff, naming the person). "
                     + LENIENT_NOTE,
      "properties": {
          "talentID": lenient("`id` of the talent profile to enrol; required for a `provider` or `admin`, ignored "
                              "for a `talent` (who always applies for themself). Any active profile of the pool.",
                              format="uuid", examples=[talent_id]),
          "yearsInField": lenient("Optional years working in the field, as the applicant declares them: a whole "
                                  "number from 0 to 60. Checked against a `yearsInField` entry requirement and kept "
                                  "on the enrolment.", types=("integer", "string"), examples=[3]),
          "voucherID": lenient("Optional: `id` of a training voucher (培训券) of the person enrolled, to pay with "
                               "(see `GET /api/v1/vouchers`). It must be `issued`, not expired, and for the "
                               "program's occupation, and the program must take vouchers (`vouchersApply`). Spent in "
                               "the same transaction as the enrolment, exactly once even under concurrent requests; "
                               "a refused voucher is a 422 on `voucherID` and nothing is written (see "
                               "`POST /api/v1/cohorts/{id}/enrollments`). Given back on withdrawal.",
                               format="uuid", examples=[voucher_id])},
      "examples": [{"yearsInField": 3}, {"talentID": talent_id}, {"yearsInField": 3, "voucherID": voucher_id}]},
  "Enrollment": obj({
      "id": uuid(examples=[enrollment_id]),
      "cohortID": uuid(examples=[cohort_id]),
      "programID": uuid(examples=[program_id]),
      "talentID": uuid("The talent profile enrolled (see `/api/v1/talents/{id}`).", examples=[talent_id]),
      "status": S("EnrollmentStatus"),
      "appliedAt": timestamp("When the person applied or was enrolled (a reused withdrawn enrolment: the new "
                             "application). The waiting list moves up in this order."),
      "yearsInField": {"type": "integer", "minimum": 0, "maximum": 60,
                       "description": "Years in the field as declared; omitted when not declared."},
      "score": {"type": "integer", "minimum": 0, "maximum": 100,
                "description": "Assessment score; omitted when none was recorded."},
      "passed": {"type": "boolean", "description": "Assessment result; omitted until one is recorded."},
      "completedOn": {"type": "string", "format": "date",
                      "description": "Day of completion (China Standard Time) for `completed` enrolments; omitted "
                                     "otherwise. " + DATE_DESC}},
      ["id", "cohortID", "programID", "talentID", "status", "appliedAt"],
      "An enrolment of a talent in a cohort. Optional properties without a value are omitted.",
      examples=[enrollment_example]),
  "EnrollmentList": items_of("Enrollment", "Enrolments."),
  "EnrollmentImportProblem": obj({
      "row": {"type": "integer", "minimum": 2, "examples": [3],
              "description": "The row number as the spreadsheet shows it: the worksheet's own row number, or in a "
                             "CSV the line the row starts on (the header being line 1)."},
      "column": {"type": "string", "examples": ["档案编号", "idNumber"],
                 "description": "The column as the file's header names it; the column's Chinese name when the file "
                                "has no such column (a requirement not met, in a file without years, is on "
                                "`从业年限`)."},
      "reason": {"type": "string", "examples": ["No one in the talent pool has this id or number."],
                 "description": "Why the row was refused, in the language chosen by `lang` of the request that "
                                "reads it (both are kept)."}},
      ["row", "column", "reason"], "One problem of a refused row of an enrolment import."),
  "EnrollmentImport": obj({
      "id": uuid(examples=[enrollment_import_id]),
      "cohortID": uuid("The cohort imported into.", examples=[cohort_id]),
      "fileName": {"type": "string", "maxLength": 200, "examples": ["学员名单.csv"],
                   "description": "The `fileName` of the upload (`api` when none was given; the uploaded file's name "
                                  "on the cohort page), cut to 200 characters."},
      "partial": {"type": "boolean",
                  "description": "Whether the accepted rows were to be written even with refused ones "
                                 "(`partial=true`)."},
      "status": {"type": "string", "enum": ["running", "done", "rejected", "failed"],
                 "description": "`running`: uploaded, its job has not finished (ask again). `done`: the accepted "
                                "rows were written — all of them, or with `partial` the valid ones. `rejected`: rows "
                                "were refused and nothing was written (atomic, or `partial` with every row refused). "
                                "`failed`: the job could not import the file at all (`problem` says why); nothing "
                                "was written."},
      "problem": {"type": "string", "examples": ["This program is not taking applications."],
                  "description": "Why a `failed` import could not be done, in the language chosen by `lang`; "
                                 "omitted otherwise."},
      "rows": {"type": "integer", "minimum": 0,
               "description": "Data rows read (the header not counted; blank lines of a CSV skipped); 0 while `running`."},
      "enrolled": {"type": "integer", "minimum": 0,
                   "description": "Rows that took a seat (`enrolled`); 0 when `rejected`."},
      "waitlisted": {"type": "integer", "minimum": 0,
                     "description": "Rows that joined the waiting list (`waitlisted`); 0 when `rejected`."},
      "rejected": {"type": "integer", "minimum": 0,
                   "description": "Rows refused (a row with several problems counts once)."},
      "problems": {"type": "array", "items": S("EnrollmentImportProblem"), "maxItems": IMPORT_SHOWN_PROBLEMS,
                   "description": f"The first {IMPORT_SHOWN_PROBLEMS} problems of the refused rows, by row; `report` "
                                  "has every one. Empty when no row was refused."},
      "report": {"type": "string", "examples": [P_ENROLLMENT_IMPORT_REPORT],
                 "description": "Path of the CSV of every refused row "
                                "(`GET /api/v1/enrollment-imports/{id}/report.csv`); omitted when no row was "
                                "refused."},
      "createdAt": timestamp("When the import ran.")},
      ["id", "cohortID", "fileName", "partial", "status", "rows", "enrolled", "waitlisted", "rejected", "problems",
       "createdAt"],
      "An enrolment import (批量报名导入): a file of talents enrolled into a cohort by its provider or an "
      "administrator, and its outcome. Kept for every import that got as far as its rows, written or not.",
      examples=[enrollment_import_example, enrollment_import_clean_example]),
  "VoucherStatus": {"type": "string", "enum": ["issued", "redeemed", "cancelled"],
                    "description": "Where a training voucher stands: `issued` 可使用 (held, not spent; once past "
                                   "`expiresOn` it stays `issued` but can no longer be spent), `redeemed` 已使用 (spent "
                                   "on an enrolment; `issued` again if that enrolment is withdrawn), `cancelled` 已作废 "
                                   "(cancelled by the city's staff while `issued` — one voucher with "
                                   "`POST /api/v1/vouchers/{id}/cancel`, or the unused ones of a batch with "
                                   "`POST /api/v1/voucher-batches/{id}/cancel` — for good: it can no longer be spent, "
                                   "and `cancelledAt` and `cancelReason` say when and why; a `redeemed` voucher cannot "
                                   "be cancelled)."},
  "VoucherBatchInput": {
      "type": "object",
      "description": "A batch of training vouchers to issue. " + LENIENT_NOTE,
      "required": ["name", "keyGroup", "occupationCode", "value", "expiresOn"],
      "properties": {
          "name": lenient("Required: the batch's name, one line of at most 100 characters.",
                          examples=["2026年高校毕业生数字技能培训券"]),
          "keyGroup": lenient("Required: the key group whose members receive the vouchers, one of the "
                              + KEY_GROUP_DESC + ". Any other code is a 422. At most 60 characters.",
                              examples=["college_graduates"]),
          "districtCode": lenient("Optional: only talents whose profile is in this district, county or zone (see "
                                  "`/api/v1/districts`); it must exist. At most 12 characters. Empty: the whole "
                                  "city.", examples=["370303"]),
          "occupationCode": lenient("Required: the occupation whose training the vouchers pay for, one of the "
                                    + DEMAND_CATALOGUE_DESC + ". Any other code is a 422. At most 20 characters.",
                                    examples=["2-02-38-03"]),
          "value": lenient("Required: the value of each voucher in yuan, more than 0: digits with at most two "
                           "decimal places, thousands separators, spaces and a leading `¥`/`￥` allowed (`800`, "
                           "`1,200.50`), up to 100,000,000 yuan. Empty, zero or anything else is a 422. Sent back in "
                           "fen as `valueFen`.", types=("string", "number"), examples=["800", 800]),
          "expiresOn": in_date("Required: the last day the vouchers can be spent (inclusive, China Standard Time); "
                               "not before today.", examples=["2026-12-31"]),
          "maxCount": lenient("Optional: at most this many vouchers, a whole number from 1 to 10000; default 10000. "
                              "When more talents are eligible, those first in order of profile `id` get one.",
                              types=("integer", "string"), examples=[200]),
          "talentIDs": lenient("Optional: only these talent profiles — their `id`s **one per line** (line feeds, "
                               "commas `,` `，` `、` and spaces all separate them); at most 10,000 ids and 400,000 "
                               "characters. Any part that is not a UUID is a 422. A listed profile that is not an "
                               "active member of the key group (and district) gets nothing and is not reported. "
                               "Empty: every eligible talent of the key group.",
                               examples=[talent_id + "\n" + talent_id_2])},
      "examples": [{"name": "2026年高校毕业生数字技能培训券", "keyGroup": "college_graduates",
                    "occupationCode": "2-02-38-03", "value": "800", "expiresOn": "2026-12-31"},
                   {"name": "张店区退役军人大数据培训券", "keyGroup": "veterans", "districtCode": "370303",
                    "occupationCode": "2-02-38-03", "value": 1200, "expiresOn": "2026-12-31", "maxCount": 50,
                    "talentIDs": talent_id + "\n" + talent_id_2}]},
  "VoucherBatch": obj({
      "id": uuid(examples=[voucher_batch_id]),
      "name": {"type": "string", "maxLength": 100},
      "keyGroup": {"type": "string", "examples": ["college_graduates"],
                   "description": "The key group the vouchers went to (a code of the policy's `key_groups`)."},
      "districtCode": {"type": "string", "examples": ["370303"],
                       "description": "The district the batch was limited to; omitted when it went citywide."},
      "occupationCode": {"type": "string", "examples": ["2-02-38-03"],
                         "description": "The occupation of the training demand catalogue the vouchers pay for."},
      "valueFen": {"type": "integer", "format": "int64", "minimum": 1, "examples": [80000],
                   "description": "Value of each voucher in fen (1 yuan = 100 fen): `80000` is 800.00 yuan."},
      "issuedOn": {"type": "string", "format": "date", "description": "Day of issue (China Standard Time). " + DATE_DESC},
      "expiresOn": {"type": "string", "format": "date",
                    "description": "Last day the vouchers can be spent (inclusive). " + DATE_DESC},
      "issuedCount": {"type": "integer", "minimum": 0, "maximum": 10000,
                      "description": "How many vouchers the batch issued (possibly 0)."},
      "skipped": {"type": "integer", "minimum": 0,
                  "description": "Only in the answer to issuing: eligible talents who got no voucher — those already "
                                 "holding a live (`issued`, unexpired) voucher for the occupation, and those beyond "
                                 "`maxCount`."}},
      ["id", "name", "keyGroup", "occupationCode", "valueFen", "issuedOn", "expiresOn", "issuedCount"],
      "A batch of training vouchers (培训券发放批次), issued together by an officer to a key group for one occupation. "
      "Optional properties without a value are omitted.",
      examples=[{**voucher_batch_example, "skipped": 4}]),
  "VoucherBatchList": items_of("VoucherBatch", "Voucher batches, latest first."),
  "Voucher": obj({
      "id": uuid(examples=[voucher_id]),
      "batchID": uuid("The batch it was issued in.", examples=[voucher_batch_id]),
      "talentID": uuid("The holder's talent profile.", examples=[talent_id]),
      "keyGroup": {"type": "string", "examples": ["college_graduates"],
                   "description": "The key group the holder qualified through."},
      "occupationCode": {"type": "string", "examples": ["2-02-38-03"],
                         "description": "It pays only for a program of this occupation."},
      "valueFen": {"type": "integer", "format": "int64", "minimum": 1, "examples": [80000],
                   "description": "Value in fen (1 yuan = 100 fen)."},
      "issuedOn": {"type": "string", "format": "date", "description": DATE_DESC},
      "expiresOn": {"type": "string", "format": "date",
                    "description": "Last day it can be spent (inclusive, China Standard Time). " + DATE_DESC},
      "status": S("VoucherStatus"),
      "redeemedAt": timestamp("When it was spent; only while `redeemed`."),
      "cancelledAt": timestamp("When it was cancelled; only when `cancelled`."),
      "cancelReason": {"type": "string", "maxLength": 200, "examples": [voucher_cancel_reason],
                       "description": "Why it was cancelled, as the canceller wrote it (one line; the holder sees it "
                                      "too); only when `cancelled`."},
      "enrollmentID": uuid("The enrolment it paid for; only while `redeemed`.", examples=[voucher_enrollment_id]),
      "programID": uuid("The program of that enrolment; only while `redeemed`.", examples=[voucher_program_id])},
      ["id", "batchID", "talentID", "keyGroup", "occupationCode", "valueFen", "issuedOn", "expiresOn", "status"],
      "A training voucher (培训券) held by one talent: spent once, by enrolling in a program of its occupation that "
      "takes vouchers (`voucherID` of `POST /api/v1/cohorts/{id}/enrollments`), unless the city's staff cancel it "
      "first (`POST /api/v1/vouchers/{id}/cancel`). Optional properties without a value are omitted.",
      examples=[voucher_example, {**{k: v for k, v in voucher_example.items()
                                     if k not in ("redeemedAt", "enrollmentID", "programID")},
                                  "id": voucher_id_2, "talentID": talent_id_2, "status": "issued"},
                voucher_cancelled_example]),
  "VoucherList": items_of("Voucher", "Vouchers, latest issued first."),
  "VoucherCancellation": {
      "type": "object", "description": "Why training vouchers are cancelled: one voucher, or the unused ones of a "
                                       "batch. " + LENIENT_NOTE, "required": ["reason"],
      "properties": {"reason": lenient("Required: the reason, one line of at most 200 characters. Stored on each "
                                       "voucher cancelled (`cancelReason`) and shown to its holder.",
                                       examples=[voucher_cancel_reason])},
      "examples": [{"reason": voucher_cancel_reason}]},
  "VoucherBatchCancelResult": obj({
      "batchID": uuid("The batch.", examples=[voucher_batch_id]),
      "cancelled": {"type": "integer", "minimum": 0, "maximum": 10000,
                    "description": "Vouchers of the batch this request cancelled (those that were still `issued`); "
                                   "0 when none was left."}},
      ["batchID", "cancelled"],
      "What cancelling a batch's unused vouchers did.",
      examples=[{"batchID": voucher_batch_id, "cancelled": 112}]),
  "VoucherSettlementItem": obj({
      "voucherID": uuid(examples=[voucher_id]),
      "redeemedAt": timestamp("When it was spent."),
      "valueFen": {"type": "integer", "format": "int64", "minimum": 1, "examples": [80000],
                   "description": "Value in fen."},
      "occupationCode": {"type": "string", "examples": ["2-02-38-03"]},
      "holder": {"type": "string", "examples": ["张*明", "孙*"],
                 "description": "The holder's name masked: first and last characters, the rest starred (a "
                                "two-character name keeps its first)."},
      "programID": uuid("The program it paid for.", examples=[voucher_program_id]),
      "programTitle": {"type": "string", "examples": ["大数据工程技术人员（初级）培训"]},
      "providerID": uuid("The organisation running the program, which claims the value.",
                         examples=[provider_org_id])},
      ["voucherID", "redeemedAt", "valueFen", "occupationCode", "holder", "programID", "programTitle", "providerID"],
      "One redeemed voucher of a settlement list."),
  "VoucherSettlement": obj({
      "from": {"type": "string", "format": "date", "description": "First day of the period (included). " + DATE_DESC},
      "to": {"type": "string", "format": "date", "description": "Last day of the period (included). " + DATE_DESC},
      "totalFen": {"type": "integer", "format": "int64", "minimum": 0, "examples": [160000],
                   "description": "Sum of the listed vouchers' `valueFen`; 0 when none."},
      "items": {"type": "array", "items": S("VoucherSettlementItem"),
                "description": "The vouchers redeemed in the period, by time of redemption."}},
      ["from", "to", "totalFen", "items"],
      "A settlement list (结算清单): the training vouchers redeemed in a period, within the caller's scope, and their "
      "total.",
      examples=[settlement_example]),
  "AttendanceInput": {
      "type": "object", "description": "Hours attended at one session. " + LENIENT_NOTE,
      "required": ["sessionID", "hours"],
      "properties": {
          "sessionID": lenient("Required: `id` of a session of the enrolment's cohort (see `GET /api/v1/cohorts/{id}`).",
                               format="uuid", examples=[session_id]),
          "hours": lenient("Required: hours attended, from 0 to the session's own hours (at most 24), with at most "
                           "one decimal place: `\"3\"`, `\"1.5\"` (or the JSON numbers).",
                           types=("string", "number"), examples=["2.5", 3])},
      "examples": [{"sessionID": session_id, "hours": "2.5"}]},
  "ResultInput": {
      "type": "object", "description": "The assessment result (考核结果). " + LENIENT_NOTE, "required": ["passed"],
      "properties": {
          "score": lenient("Optional score, a whole number from 0 to 100. Absent removes an earlier score.",
                           types=("integer", "string"), examples=[86]),
          "passed": lenient("Required: `pass`, `true`, `1` or `yes` for passed; `fail`, `false`, `0` or `no` for failed "
                            "(case-insensitive; JSON `true`/`false` work too). Anything else is a 422.",
                            types=("string", "boolean"), examples=["pass", True])},
      "examples": [{"score": 86, "passed": "pass"}, {"passed": False}]},
  "CertificateIssue": {
      "type": "object", "description": "A certificate issued for a completed enrolment. " + LENIENT_NOTE,
      "required": ["number"],
      "properties": {
          "kind": lenient_choice("Optional, default `training_completion`; `skill_level` only for a `skill_training` "
                                 "program (the certificate then states the program's `skillLevel`). "
                                 "`technical_grade` is refused here.",
                                 ["training_completion", "technical_grade", "skill_level"]),
          "number": lenient("Required: the certificate number (证书编号) the provider gives it, one line of at most "
                            "40 characters; unique among the provider's certificates.", examples=["ZB2026-0001"]),
          "issuedOn": in_date("Optional date of issue, default today (China Standard Time); not after today and not "
                              "before the enrolment's `completedOn`.", examples=["2026-09-30"])},
      "examples": [{"number": "ZB2026-0001"}, {"kind": "skill_level", "number": "ZB2026-0102", "issuedOn": "2026-09-30"}]},
  "CertificateInput": {
      "type": "object",
      "description": "A certificate issued by a body off the platform, recorded by an officer or administrator. "
                     + LENIENT_NOTE,
      "required": ["talentID", "kind", "issuerName", "number", "issuedOn"],
      "properties": {
          "talentID": lenient("Required: `id` of the holder's talent profile.", format="uuid", examples=[talent_id]),
          "kind": {**S("CertificateKind"), "description": "Required. " + CERT_KIND_DESC},
          "level": lenient("The level the certificate states, by `kind`: `technical_grade` — required, an engineer "
                           "level (`junior`, `intermediate`, `senior`); `skill_level` — required, a level of the "
                           "ladder (" + ", ".join(f"`{v}`" for v in skill_level["enum"]) + "); `training_completion` "
                           "— optional, an engineer level.", examples=["intermediate", "technician"]),
          "occupationCode": lenient("Optional national occupation code (see `/api/v1/occupations`); must be in the "
                                    "catalogue. At most 20 characters.", examples=["2-02-10-09"]),
          "issuerName": lenient("Required: name of the issuing body, one line of at most 200 characters. Certificate "
                                "numbers are unique per issuer, comparing names without case and white space.",
                                examples=["山东省数字技术工程师评价中心"]),
          "number": lenient("Required: the certificate number, one line of at most 40 characters.",
                            examples=["SD2026-00077"]),
          "issuedOn": in_date("Required: date of issue, not after today (China Standard Time).",
                              examples=["2026-05-18"])},
      "examples": [{"talentID": talent_id, "kind": "technical_grade", "level": "intermediate",
                    "occupationCode": "2-02-10-09", "issuerName": "山东省数字技术工程师评价中心",
                    "number": "SD2026-00077", "issuedOn": "2026-05-18"}]},
  "Certificate": obj({
      "id": uuid(examples=[certificate_id]),
      "code": {"type": "string", "pattern": "^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$",
               "examples": [cert_code],
               "description": "Public code, 16 characters of Crockford's base32 (80 random bits) in groups of four; "
                              "printed on the certificate for anyone to verify."},
      "verifyPath": {"type": "string", "examples": ["/verify/" + cert_code],
                     "description": "Path of the public verify page on this server."},
      "kind": S("CertificateKind"),
      "level": {"type": "string", "examples": ["intermediate"],
                "description": "The level stated: an engineer level (`junior`, `intermediate`, `senior`) for "
                               "`technical_grade` and `training_completion`, a level of the skill ladder for "
                               "`skill_level`. Omitted when none (a training certificate of a program without a "
                               "level)."},
      "occupationCode": {"type": "string", "description": "National occupation code; omitted when none."},
      "talentID": uuid("The holder's talent profile.", examples=[talent_id]),
      "issuerID": uuid("The issuing organisation when it is on the platform (a provider issuing through an "
                       "enrolment); omitted for certificates recorded from elsewhere."),
      "issuerName": {"type": "string", "examples": ["淄博数智职业培训学校"]},
      "number": {"type": "string", "maxLength": 40, "description": "证书编号, unique per issuer."},
      "issuedOn": {"type": "string", "format": "date", "description": DATE_DESC},
      "holder": {"type": "string", "examples": ["张*明", "张*"],
                 "description": "The holder's name masked as public pages show it: first and last characters, the "
                                "rest starred."},
      "signature": {"type": "string", "contentEncoding": "base64",
                    "description": "Base64 of the Ed25519 signature (64 bytes) over the canonical payload (see "
                                   "`GET /api/v1/certificates/public-key`)."},
      "keyID": {"type": "string", "pattern": "^[0-9a-f]{16}$", "examples": [cert_key_id],
                "description": "Which key signed it: the first 16 hex digits of the SHA-256 of the raw public key."},
      "status": {"type": "string", "enum": ["valid", "revoked"]},
      "revokedAt": timestamp("When it was revoked; omitted while it is not."),
      "revokeReason": {"type": "string", "description": "Why it was revoked; omitted while it is not."}},
      ["id", "code", "verifyPath", "kind", "talentID", "issuerName", "number", "issuedOn", "holder", "signature",
       "keyID", "status"],
      "A certificate: issued by a provider for a completed enrolment, or recorded from elsewhere by an officer. "
      "Every certificate is signed by the platform and can be verified publicly by its `code`. Optional properties "
      "without a value are omitted.",
      examples=[certificate_example]),
  "CertificateList": items_of("Certificate", "Certificates, latest date of issue first."),
  "CertificateRevocation": {
      "type": "object", "description": "Why a certificate is revoked. " + LENIENT_NOTE, "required": ["reason"],
      "properties": {"reason": lenient("Required: the reason, shown publicly on the verify page; one line of at most "
                                       "500 characters.", examples=["Issued in error"])},
      "examples": [{"reason": "Issued in error"}]},
  "Verification": obj({
      "code": {"type": "string", "maxLength": 64, "examples": [cert_code],
               "description": "For `valid` and `revoked`: the certificate's code in groups of four. For `invalid`: "
                              "exactly what was asked, cut to 64 characters."},
      "status": {"type": "string", "enum": ["valid", "revoked", "invalid"],
                 "description": "`valid` genuine and standing; `revoked` genuine but revoked; `invalid` no genuine "
                                "certificate has this code (only `code` and `status` are then present)."},
      "kind": S("CertificateKind"),
      "level": {"type": "string", "description": "The level stated; omitted when none."},
      "occupationCode": {"type": "string", "description": "Omitted when none."},
      "issuer": {"type": "string", "description": "Name of the issuing body."},
      "number": {"type": "string"},
      "issuedOn": {"type": "string", "format": "date", "description": DATE_DESC},
      "holder": {"type": "string", "examples": ["张*明"], "description": "The holder's name, masked."},
      "revokedAt": timestamp("When it was revoked; only for `revoked`."),
      "revokeReason": {"type": "string", "description": "Why it was revoked; only for `revoked`."},
      "payload": {"type": "string", "examples": [cert_payload],
                  "description": "The canonical signed payload: the lines `zibo-talent-certificate/v1`, `code=` (the "
                                 "16 characters without dashes), `kind=`, `level=`, `occupation=`, `issuer=`, "
                                 "`number=`, `issued=`, `holder=` (masked), in this order, joined by `\\n` with no "
                                 "trailing line feed; its UTF-8 bytes are what is signed. Empty values stay as `key=`."},
      "signature": {"type": "string", "contentEncoding": "base64",
                    "description": "Base64 of the Ed25519 signature of the UTF-8 bytes of `payload`."},
      "keyID": {"type": "string", "pattern": "^[0-9a-f]{16}$",
                "description": "Which key signed it (see `GET /api/v1/certificates/public-key`)."},
      "algorithm": {"type": "string", "const": "Ed25519"}},
      ["code", "status"],
      "The outcome of verifying a certificate code. For `valid` and `revoked` every property of the certificate is "
      "present (those without a value omitted); for `invalid` only `code` and `status`."),
  "PublicKey": obj({
      "algorithm": {"type": "string", "const": "Ed25519"},
      "keyID": {"type": "string", "pattern": "^[0-9a-f]{16}$", "examples": [cert_key_id],
                "description": "The first 16 hex digits of the SHA-256 of the raw public key; certificates name it "
                               "in `keyID`."},
      "publicKey": {"type": "string", "contentEncoding": "base64",
                    "examples": [cert_public_key],
                    "description": "Base64 of the 32 raw bytes of the Ed25519 public key."},
      "pem": {"type": "string",
              "examples": [cert_pem],
              "description": "The same key as a PEM SubjectPublicKeyInfo (RFC 8410), readable by OpenSSL and crypto "
                             "libraries; ends with a line feed."},
      "payloadFormat": {"type": "string", "const": "zibo-talent-certificate/v1",
                        "description": "The first line of every signed payload, naming its format."}},
      ["algorithm", "keyID", "publicKey", "pem", "payloadFormat"],
      "The public key that signs certificates.",
      examples=[{"algorithm": "Ed25519", "keyID": cert_key_id, "publicKey": cert_public_key, "pem": cert_pem,
                 "payloadFormat": "zibo-talent-certificate/v1"}]),
})

# ---------------------------------------------------------------------------
# Online course column (M7, 数字工程师专栏): courses and their completions.
# ---------------------------------------------------------------------------

course_id = "6B1D9F3A-8C2E-4A7B-9D5F-3E1C7A9B2D4F"
course_completion_id = "A8E2C4F6-1B3D-4E5F-8A7C-9D0B2E4F6A81"
P_COURSES = "/api/v1/courses"
P_COURSE = item_path("courses", course_id)
P_COURSE_COMPLETIONS = "/api/v1/course-completions"

course_example = {"id": course_id, "providerID": provider_org_id, "title": "Python 数据分析基础",
                  "occupationCode": "2-02-38-03", "level": "junior", "minutes": 150,
                  "link": "https://example.org/courses/python", "content": ""}
course_completion_example = {"id": course_completion_id, "courseID": course_id, "talentID": talent_id,
                             "completedOn": "2026-05-12", "minutes": 150, "source": "self"}
COURSE_RULES_ORDER = "`providerID`, `title`, `occupationCode`, `level`, `hours`, `link`, `content`"
COURSE_COMPLETERS = ("| Caller | Courses | Whom |\n|---|---|---|\n"
                     "| `talent` | every course | themself: the profile linked to their account — no body needed (one "
                     "sent is ignored, `talentIDs` included); without a profile, a 422 on `talentIDs` |\n"
                     "| `provider` | the courses of the caller's organisation (another organisation's course, or an "
                     "account without an organisation: 403) | the profiles listed in `talentIDs` |\n"
                     "| `admin` | every course | the profiles listed in `talentIDs` |\n"
                     "| `officer`, `employer` | — (403) | |")
COURSE_COMPLETION_SCOPE = ("| Caller | Completions |\n|---|---|\n"
                           "| `admin`, `officer` | every completion |\n"
                           "| `provider` | those of the caller's organisation's courses (none if the account has no "
                           "organisation) |\n"
                           "| `talent` | their own (those of the profile linked to their account; none without a "
                           "profile) |\n"
                           "| `employer` | — (403) |")

course_ops = [
  (P_COURSES, *authed("get", "listCourses", "List the online courses: the public column", ["Courses"],
      "The online course column (数字工程师专栏, M7): courses for self-study whose hours count as continuing education "
      "(继续教育学时) when completed. Every **listed** course, newest first, at most 500. Public: no authentication "
      "needed. Each item is the whole course, `content` included.\n\n"
      "`q` and `occupation` narrow the list; neither is ever a 400 (no match is an empty list).",
      {"200": ok_status("CourseList", "The listed courses (possibly none).")},
      params=[ref("parameters", "CourseKeyword"), ref("parameters", "CourseOccupation")], security=[])),
  (P_COURSES, *authed("post", "createCourse", "Add an online course to the column", ["Courses"],
      "Adds a course to the online column (M7). It is **listed at once** — there is no draft — and can be completed "
      "from then on. Every field is validated, all at once; if any is invalid nothing is stored and the answer is a "
      "422 whose `errors` names each invalid field with a message in the language chosen by `lang`. A course needs "
      "a `link` (where it is taken), its `content` as text, or both. The course is recorded in the audit trail "
      "(`course.create`).\n\n"
      "| Caller | May create |\n|---|---|\n"
      "| `admin` | courses of any organisation that is not an `enterprise` (training provider, university, "
      "institute or agency), named by `providerID` |\n"
      "| `provider` | courses of their own organisation only: `providerID` is ignored (an account without an "
      "organisation gets a 422 on `providerID`) |\n"
      "| `officer`, `talent`, `employer` | — (403) |\n\n"
      "The body is decoded before the role is checked, so a malformed body is a 400 even for a caller who would "
      "get 403. A course cannot be edited or removed through the API yet.\n\n" + WRITE_NOTE,
      {"201": ok_status("Course", "The course was created and listed; the body is the stored course, its hours in "
                        "`minutes`."),
       "400": malformed(P_COURSES),
       "401": ref("responses", "Unauthorized"),
       "403": write_forbidden("The caller's role may not create courses (`officer`, `talent`, `employer`)",
                              P_COURSES),
       "415": unsupported(P_COURSES),
       "422": refused("One or more fields are invalid. `errors` has one entry per invalid field, in the order "
                      + COURSE_RULES_ORDER + "; `detail` joins their messages.", P_COURSES,
                      [{"field": "title", "message": "Enter the Course title."},
                       {"field": "hours", "message": "The Hours must be hours with at most one decimal place, up to "
                                                     "200."},
                       {"field": "link", "message": "The course link must start with https:// or http:// and "
                                                    "contain no spaces."}])},
      body=body("CourseInput", "The new course."), security=WRITE_SECURITY)),
  (P_COURSES + "/{id}", *authed("get", "getCourse", "Get one online course", ["Courses"],
      "One course of the online column, with its link and content. Public: no authentication needed.",
      {"200": ok_status("Course", "The course."),
       "404": not_found("No such course. An `id` that is not a UUID is also a 404.", P_COURSE)},
      params=[ref("parameters", "CourseID")], security=[])),
  (P_COURSES + "/{id}/completions", *authed("post", "completeCourse", "Mark a course completed, or record completions",
      ["Courses"],
      "Credits the course's hours to talents as continuing education (继续教育学时, M7): a talent marks the course "
      "completed for themself; the course's provider (or an administrator) records completions for the profiles "
      "listed in `talentIDs`.\n\n" + COURSE_COMPLETERS + "\n\n"
      "**Once per talent and course.** A talent who already completed the course keeps their first completion: "
      "they are counted in `alreadyCompleted`, not credited again — so marking a course twice is not an error (the "
      "second answer is `credited: 0, alreadyCompleted: 1`). Each new completion is dated today (`completedOn`, "
      "China Standard Time; the year it counts in) and keeps the course's `minutes` as they are now; its `source` "
      "is `self` when the talent marked it, `provider` when staff recorded it.\n\n"
      "**`talentIDs`** (staff only): the `id`s of talent profiles — one a line, or separated by spaces, commas "
      "(`,` `，`) or `、` — at most 10,000. Every entry must be a UUID naming an `active` profile; if any is not, "
      "or the list is empty or too long, the whole request is a 422 on `talentIDs` and nothing is written. A "
      "profile listed twice is credited once; its second mention is counted in `alreadyCompleted`. The request "
      "body is subject to the server's body size limit (16 KB by default — about 400 ids), beyond which the "
      "server answers 413; send long lists in several requests.\n\n"
      "The checks run in this order: the course (404, before the caller's role), the role and the course's "
      "provider (403), then, for staff, the body (400, 415) and `talentIDs` (422). The new completions are written "
      "in one transaction and recorded in the audit trail (`course.completion`, with their number and source) "
      "when there is at least one.\n\n" + WRITE_NOTE,
      {"200": with_examples(ok_status("CourseCompletionResult", "Done: how many listed talents were credited now "
                                      "and how many had already completed the course."),
                            {"self": {"summary": "A talent marks the course completed",
                                      "value": {"credited": 1, "alreadyCompleted": 0}},
                             "again": {"summary": "The talent had already completed it",
                                       "value": {"credited": 0, "alreadyCompleted": 1}},
                             "provider": {"summary": "A provider records completions for 40 profiles",
                                          "value": {"credited": 38, "alreadyCompleted": 2}}}),
       "400": malformed(P_COURSE + "/completions"),
       "401": ref("responses", "Unauthorized"),
       "403": write_forbidden("The caller is an `officer` or `employer`, or a `provider` and the course is another "
                              "organisation's (or the account has no organisation)", P_COURSE + "/completions"),
       "404": not_found("No such course. An `id` that is not a UUID is also a 404 (for every caller: the course is "
                        "looked up before the role is checked).", P_COURSE + "/completions"),
       "409": problem_resp("Another request credited the same course to one of the same talents at the same moment "
                           "(the database keeps one completion per talent and course). Nothing was written for this "
                           "request, for none of its talents; retrying answers 200, with that talent counted in "
                           "`alreadyCompleted`.",
           problem_example(409, "Conflict", "Another request changed this data or it was submitted twice. "
                                            "Reload the page and try again.", P_COURSE + "/completions")),
       "415": unsupported(P_COURSE + "/completions"),
       "422": problem_examples(
           "A `talent` whose account has no talent profile (on `talentIDs`); or, for staff, `talentIDs` missing, "
           "empty, with an entry that is not a UUID or not an `active` profile, or with more than 10,000 entries "
           "(on `talentIDs`). Nothing was stored. For staff an empty body (no JSON at all) is also a 422, without "
           "`errors`; a talent needs no body.",
           {"noProfile": ("A talent without a profile (`lang=en`)",
                          problem_example(422, "Unprocessable Entity",
                                          "Your account has no talent profile yet; register first.",
                                          P_COURSE + "/completions",
                                          [{"field": "talentIDs",
                                            "message": "Your account has no talent profile yet; register first."}])),
            "badList": ("Staff listed something that is not an active profile (`lang=en`)",
                        problem_example(422, "Unprocessable Entity",
                                        "The profile IDs are not valid: write one ID of an active profile a line.",
                                        P_COURSE + "/completions",
                                        [{"field": "talentIDs",
                                          "message": "The profile IDs are not valid: write one ID of an active "
                                                     "profile a line."}]))})},
      params=[ref("parameters", "CourseID")],
      body=body("CourseCompletionInput", "For staff, the profiles to credit; a talent sends no body.",
                required=False),
      security=WRITE_SECURITY)),
  (P_COURSE_COMPLETIONS, *authed("get", "listCourseCompletions", "List the course completions the caller may see",
      ["Courses"],
      "Completions of online courses (M7), latest `completedOn` first (at most 1,000), restricted to the caller's "
      "scope:\n\n" + COURSE_COMPLETION_SCOPE + "\n\n"
      "A talent's continuing-education hours of a year are the sum of the `minutes` of their completions dated in "
      "that year.",
      {"200": ok_status("CourseCompletionList", "The visible completions (possibly none)."),
       "401": ref("responses", "Unauthorized"),
       "403": forced(P_COURSE_COMPLETIONS, "The caller is an `employer`")})),
]
for path, method, o in course_ops:
    paths.setdefault(path, {})[method] = o

parameters.update({
  "CourseID": path_param("id", "Id of the course.", {"type": "string", "format": "uuid"}),
  "CourseKeyword": qparam("q", "Only courses whose `title` contains this text, matched with SQL `LIKE` (letter case "
                               "matters on PostgreSQL, not for ASCII letters on SQLite). Trimmed; at most the first 50 "
                               "characters are used, with `%`, `_` and `\\` removed (they are no patterns). Empty "
                               "means no keyword filter.",
                          {"type": "string"}, examples={"python": {"value": "Python"}}),
  "CourseOccupation": qparam("occupation", "Only courses of this national occupation code (`occupationCode`), "
                                           "matched exactly; any text is accepted (an unknown code finds nothing). "
                                           "Trimmed; at most the first 20 characters are used. Empty means no "
                                           "filter.", {"type": "string", "examples": ["2-02-38-03"]}),
})

schemas.update({
  "CourseInput": {
      "type": "object", "description": "A new online course. " + LENIENT_NOTE,
      "required": ["title", "hours"],
      "properties": {
          "providerID": lenient("Required for an `admin`: `id` of the organisation offering the course, which must "
                                "exist and not be an `enterprise` (see `/api/v1/organizations`). Ignored for a "
                                "`provider`, whose course is always their own organisation's.", format="uuid",
                                examples=[provider_org_id]),
          "title": lenient("Required: the course's title, one line of at most 200 characters.",
                           examples=["Python 数据分析基础"]),
          "occupationCode": lenient("Optional: national occupation code of the course, a code of the occupation "
                                    "catalogue (`/api/v1/occupations`); an unknown code is a 422. At most 20 "
                                    "characters.", examples=["2-02-38-03"]),
          "level": lenient_choice("Optional engineer level the course is pitched at. " + ENGINEER_LEVEL_DESC,
                                  ["junior", "intermediate", "senior"]),
          "hours": lenient("Required: the study hours (学时) credited on completion, more than 0 and at most 200, "
                           "with at most one decimal place: `\"2.5\"`, `\"3\"` (or the JSON numbers `2.5`, `3`). "
                           "Stored as whole minutes and sent back as `minutes` (`2.5` → 150).",
                           types=("string", "number"), examples=["2.5", 3]),
          "link": lenient("Optional: where the course is taken, a URL starting with `https://` or `http://`, "
                          "without spaces, at most 500 characters.",
                          examples=["https://example.org/courses/python"]),
          "content": lenient("The course's content as text, line feeds allowed, at most 20,000 characters. Required "
                             "when there is no `link`; optional with one.", examples=["第一讲 数据清洗\n第二讲 可视化"])},
      "examples": [{"title": "Python 数据分析基础", "occupationCode": "2-02-38-03", "level": "junior", "hours": "2.5",
                    "link": "https://example.org/courses/python"},
                   {"providerID": provider_org_id, "title": "数字化管理入门", "hours": 4,
                    "content": "第一讲 数字化转型概述\n第二讲 数据治理"}]},
  "Course": obj({
      "id": uuid(examples=[course_id]),
      "providerID": uuid("The organisation offering the course (see `/api/v1/organizations`).",
                         examples=[provider_org_id]),
      "title": {"type": "string", "maxLength": 200},
      "occupationCode": {"type": "string", "examples": ["2-02-38-03"],
                         "description": "National occupation code; omitted when none."},
      "level": {**S("EngineerLevel"), "description": "Engineer level the course is pitched at; omitted when none."},
      "minutes": {"type": "integer", "minimum": 6, "maximum": 12000, "multipleOf": 6, "examples": [150],
                  "description": "The study hours credited on completion, in whole minutes (`2.5` hours → 150)."},
      "link": {"type": "string", "examples": ["https://example.org/courses/python"],
               "description": "Where the course is taken (`http://` or `https://`); omitted when none."},
      "content": {"type": "string", "maxLength": 20000,
                  "description": "The course's content as text, possibly with line feeds; an empty string when the "
                                 "course has only a `link`."}},
      ["id", "providerID", "title", "minutes", "content"],
      "An online course of the column (数字工程师专栏, M7) for self-study; its hours count as continuing education "
      "when completed. Optional properties without a value are omitted.",
      examples=[course_example]),
  "CourseList": items_of("Course", "Courses, newest first."),
  "CourseCompletionInput": {
      "type": "object",
      "description": "The profiles a provider or administrator credits with a course. A talent sends no body (any "
                     "body is ignored for them). " + LENIENT_NOTE,
      "properties": {
          "talentIDs": lenient("Required for staff: the `id`s of talent profiles, one a line (line feeds, spaces, "
                               "commas `,` `，` and `、` all separate them), at most 10,000. Every entry must be the "
                               "`id` of an `active` profile; otherwise nothing is credited and the answer is a 422.",
                               examples=[talent_id + "\n" + talent_id_2])},
      "examples": [{"talentIDs": talent_id + "\n" + talent_id_2}]},
  "CourseCompletionResult": obj({
      "credited": {"type": "integer", "minimum": 0, "maximum": 10000,
                   "description": "Talents credited with the course by this request."},
      "alreadyCompleted": {"type": "integer", "minimum": 0, "maximum": 10000,
                           "description": "Entries not credited because the talent had already completed the course "
                                          "(a profile listed twice counts here for its second mention)."}},
      ["credited", "alreadyCompleted"],
      "What a completion request did: `credited` + `alreadyCompleted` is the number of entries (1 for a talent).",
      examples=[{"credited": 38, "alreadyCompleted": 2}]),
  "CourseCompletion": obj({
      "id": uuid(examples=[course_completion_id]),
      "courseID": uuid("The course completed.", examples=[course_id]),
      "talentID": uuid("The talent profile credited (see `/api/v1/talents/{id}`).", examples=[talent_id]),
      "completedOn": {"type": "string", "format": "date",
                      "description": "Day of completion (China Standard Time); the year of continuing education it "
                                     "counts in. " + DATE_DESC},
      "minutes": {"type": "integer", "minimum": 6, "maximum": 12000, "examples": [150],
                  "description": "The hours credited, in whole minutes: the course's `minutes` when it was completed "
                                 "(a later change of the course does not rewrite them)."},
      "source": {"type": "string", "enum": ["self", "provider"],
                 "description": "`self`: the talent marked it; `provider`: recorded by the course's provider or an "
                                "administrator."}},
      ["id", "courseID", "talentID", "completedOn", "minutes", "source"],
      "A talent's completion of an online course, once per talent and course.",
      examples=[course_completion_example]),
  "CourseCompletionList": items_of("CourseCompletion", "Course completions, latest `completedOn` first."),
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
      "the training catalogue (M1–M3), the online course column (M7) and certificate verification, which are "
      "public too; and, for signed-in users, accounts, organisations, talent profiles, training programs with "
      "their cohorts and enrolments, training vouchers and their settlement, online courses and their "
      "completions, certificates, personal API tokens and the audit trail.\n\n"
      "**Conventions**\n"
      "- The policy, reference-data and meta routes are public (no authentication) and read-only (`GET`). "
      "So are the training catalogue (`GET /api/v1/programs`, and `GET /api/v1/programs/{id}` for a published "
      "program), the online course column (`GET /api/v1/courses`, `GET /api/v1/courses/{id}`) and certificate "
      "verification (`/api/v1/certificates/public-key`, `/api/v1/certificates/verify/{code}`). The Accounts, "
      "Organizations, Talents and Audit routes, and the other Training, Courses and Certificates routes, need "
      "authentication (see **Authentication**).\n"
      "- JSON property names are camelCase as in the server's types; optional properties with no value are omitted.\n"
      "- Ids are spelt `…ID` everywhere, in requests and responses alike (`programID`, `talentID`, `talentIDs`, "
      "`requestID`); until December 2026 training, course and certificate responses spelt them `…Id`. Training, course "
      "and certificate request bodies are read leniently: every property "
      "may be a JSON string, number or boolean (`40`, `\"40\"`), read as text.\n"
      "- Dates: `effectiveDate`, `startsOn`, `issuedOn`, … are `YYYY-MM-DD` strings; money is in fen (`feeFen`, `valueFen`); "
      "timestamps (`activatedAt`, `expiresAt`, `occurredAt`, …) are "
      "ISO 8601 / RFC 3339 UTC strings without fractional seconds (Vapor's default JSON date strategy).\n"
      "- Texts that exist in both languages are `LocalizedText` objects `{\"zh\": …, \"en\": …}`.\n"
      "- Every response carries an `X-Request-ID` header; errors are `application/problem+json` (RFC 9457) with the same id in `requestID`. "
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
      "single record outside the caller's scope (a talent profile, a program, cohort, enrolment or certificate) is "
      "a 404, as if it did not exist.\n\n"
      "**Personal data**: resident ID and mobile numbers of talents are stored encrypted and sent masked "
      "(`370303********1234`, `138****5678`); only administrators and officers also get the full numbers.",
  },
  "servers": [{"url": "/"}],
  "tags": [
    {"name": "Policy", "description": "The active policy: measures, departments, yearly targets and their actual "
                                  "figures from the platform's records."},
    {"name": "Reference data", "description": "Occupation catalogue, districts and key industry chains."},
    {"name": "Accounts", "description": "The signed-in account, the accounts the caller may see, personal API tokens."},
    {"name": "Organizations", "description": "Organisations that employers and providers act for."},
    {"name": "Talents", "description": "Talent profiles of the citywide digital talent pool (M12): search, export, "
                                       "create, read and edit."},
    {"name": "Training", "description": "Training programs (M1 engineer training, seminars and exchange; M2 skill "
                                        "training; M3 order-based training): the public catalogue, programs, "
                                        "cohorts and their sessions, enrolments with the waiting list (one by one "
                                        "or imported from a CSV or Excel file), attendance, "
                                        "results, completion and the certificate of a completed enrolment; "
                                        "training vouchers (M2): batches issued to key groups, vouchers spent on "
                                        "enrolling or cancelled, and the providers' settlement lists."},
    {"name": "Certificates", "description": "Signed certificates (training, technical grade, skill level): listing, "
                                            "recording those issued elsewhere, revoking, and public verification "
                                            "by code with the Ed25519 public key."},
    {"name": "Courses", "description": "The online course column (数字工程师专栏, M7): the public catalogue of "
                                       "courses for self-study, providers adding courses, completions marked by "
                                       "talents or recorded by providers, whose hours count as continuing "
                                       "education (继续教育学时)."},
    {"name": "Audit", "description": "The append-only, hash-chained audit trail (administrators)."},
    {"name": "Meta", "description": "This API description."},
  ],
  "security": [],
  "paths": paths,
  "components": {"schemas": schemas, "parameters": parameters, "responses": responses, "headers": headers,
                 "securitySchemes": security_schemes},
}

import pathlib

OUTPUT = pathlib.Path(__file__).resolve().parent.parent / "Sources" / "Operations" / "Resources" / "openapi.json"
with open(OUTPUT, "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=2)
    f.write("\n")
