namespace ContentGuard.Api.OpenApi;

/// <summary>Realistic example requests for the OpenAPI document.</summary>
internal static class Examples
{
    public const string CheckRequest = """
        {
          "text": "关于开展2026年全市政府网站内容安全检查的通知\n机密★1年\n各区人民政府，市政府各委、办、局：\n为进一步加强政府网站内容管理，根据《政府网站发展指引》有关要求，市政府办公室定于12月对全市政府网站开展全覆盖检查。联系人：张敏，电话：13912345678。",
          "documentDate": "2026-11-27",
          "format": "text",
          "disabledCategories": ["ADVERTISING"],
          "allowlist": ["政府网站发展指引"],
          "dataId": "article-20261127-0042"
        }
        """;

    public const string LanguageToolForm = """
        {
          "language": "zh-CN",
          "text": "市政府办公室定于12月对全市政府网站开展全覆盖检查。机密★1年",
          "disabledRules": ""
        }
        """;

    public const string CheckResponse = """
        {
          "decision": { "suggestion": "block", "riskLevel": "high" },
          "matches": [
            {
              "offset": 25, "length": 5, "text": "机密★1年",
              "message": "文稿含有国家秘密密级标识“机密★1年”（机密级）。涉密文件严禁在互联网和公开渠道发布，请确认定密情况，涉密内容不得公开。",
              "shortMessage": "涉密标识", "severity": "critical", "replacements": [],
              "rule": {
                "id": "SECRECY_MARKING", "description": "国家秘密密级标识（绝密、机密、秘密★保密期限）出现在拟公开文稿中",
                "category": { "id": "SECRECY", "name": "涉密标识" }, "issueType": "uncategorized"
              },
              "source": { "detector": "secrecy", "confidence": 1 },
              "sentence": "机密★1年"
            }
          ],
          "sentenceRanges": [[0, 24], [25, 30], [31, 48], [49, 107], [107, 129]],
          "offsetUnit": "utf16",
          "software": { "name": "ContentGuard", "version": "0.1.0", "data": { "t2s.tsv": "unihan-15.0.0-cg1" } },
          "warnings": { "incompleteResults": false, "messages": [] },
          "timings": { "totalMs": 0.42, "detectorsMs": { "secrecy": 0.08 } },
          "dataId": "article-20261127-0042"
        }
        """;

    public const string BadRequest = """
        {
          "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
          "title": "The request is invalid.",
          "status": 400,
          "detail": "Unknown category id 'POLITICS'. Valid ids: LEADER_NAME, LEADER_TITLE, FORMULATION, SOVEREIGNTY, BANNED_TERM, TYPO, SENSITIVE, OFFENSIVE, ADVERTISING, PRIVACY, SECRECY.",
          "instance": "POST /v1/check",
          "validCategories": ["LEADER_NAME", "LEADER_TITLE", "FORMULATION", "SOVEREIGNTY", "BANNED_TERM", "TYPO", "SENSITIVE", "OFFENSIVE", "ADVERTISING", "PRIVACY", "SECRECY"],
          "traceId": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
        }
        """;
}
