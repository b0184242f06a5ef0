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
}
