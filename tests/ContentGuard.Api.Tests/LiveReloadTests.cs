using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ContentGuard.Api.Tests;

/// <summary>Lexicon files configured in ContentGuard:Lexicons are watched: editing one swaps in a new engine.</summary>
public sealed class LiveReloadTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cg-reload-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Lexicon(params string[] terms) =>
        "# version: test-1\nterm\tcategory\tseverity\tnote\n" + string.Concat(terms.Select(t => $"{t}\tSENSITIVE\tcritical\t测试词\n"));

    [Fact]
    public async Task Editing_a_configured_lexicon_file_reaches_new_requests()
    {
        var path = Path.Combine(_dir, "site.lex.tsv");
        await File.WriteAllTextAsync(path, Lexicon("甲乙丙丁禁词"));
        using var factory = new ApiFactory(
            new Dictionary<string, string?> { ["ContentGuard:Lexicons:0"] = path },
            services: s =>
            {
                // Use the service's own reloadable engine, not the tests' shared one.
                s.RemoveAll<ContentChecker>();
                s.AddTransient(sp => sp.GetRequiredService<ReloadableContentChecker>().Current);
            });
        using var client = factory.CreateClient();
        for (var i = 0; i < 300 && !(await client.GetAsync("/healthz/ready")).IsSuccessStatusCode; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal("block", await SuggestionAsync(client, "文中有甲乙丙丁禁词。"));
        Assert.Equal("pass", await SuggestionAsync(client, "文中有戊己庚辛禁词。"));

        await File.WriteAllTextAsync(path, Lexicon("甲乙丙丁禁词", "戊己庚辛禁词"));
        var suggestion = "pass";
        for (var i = 0; i < 300 && suggestion != "block"; i++)
        {
            await Task.Delay(100);
            suggestion = await SuggestionAsync(client, "文中有戊己庚辛禁词。");
        }

        Assert.Equal("block", suggestion);
    }

    private static async Task<string?> SuggestionAsync(HttpClient client, string text)
    {
        using var response = await client.PostAsync("/v1/check", Http.Json(new { text }));
        var body = await response.ReadJsonAsync();
        return body.GetProperty("decision").GetProperty("suggestion").GetString();
    }
}
