using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ContentGuard.Browser.Tests;

/// <summary>The checker page as an editor uses it, in headless Chromium against the real API.</summary>
public sealed class CheckerPageTests(PageFixture fixture) : IClassFixture<PageFixture>
{
    private async Task<IPage> OpenAsync()
    {
        Skip.IfNot(PageFixture.Available, $"Chromium is not installed at {PageFixture.ChromiumPath} (apt-get install -y chromium fonts-wqy-zenhei).");
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/");
        return page;
    }

    private static async Task CheckAsync(IPage page, string draft)
    {
        await page.GetByTestId("draft").FillAsync(draft);
        await page.GetByTestId("check").ClickAsync();
    }

    [SkippableFact]
    public async Task A_draft_with_a_leader_name_a_banned_term_and_a_typo_is_blocked_and_passes_after_the_fixes()
    {
        var page = await OpenAsync();
        await CheckAsync(page, "会议认真学习了习近评总书记的重要讲话，大家深受震憾。会议还通报了北朝鲜代表团来访的情况。");
        var decision = page.GetByTestId("decision");
        await Expect(decision).ToHaveAttributeAsync("data-suggestion", "block");
        await Expect(decision).ToContainTextAsync("禁止发布");

        var matches = page.GetByTestId("match");
        await Expect(matches).ToHaveCountAsync(3);
        await Expect(page.Locator("[data-testid=match][data-category=LEADER_NAME]")).ToHaveTextAsync("习近评");
        await Expect(page.Locator("[data-testid=match][data-category=TYPO]")).ToHaveTextAsync("震憾");
        await Expect(page.Locator("[data-testid=match][data-category=BANNED_TERM]")).ToHaveTextAsync("北朝鲜");
        await Expect(page.Locator("[data-testid=match][data-category=LEADER_NAME]")).ToHaveAttributeAsync("data-severity", "critical");

        foreach (var (category, fixedText) in new[] { ("LEADER_NAME", "习近平"), ("TYPO", "震撼"), ("BANNED_TERM", "朝鲜") })
        {
            await page.Locator($"[data-testid=match][data-category={category}]").ClickAsync();
            await Expect(page.Locator("#popup")).ToBeVisibleAsync();
            await page.GetByTestId("replacement").First.ClickAsync();
            await Expect(page.GetByTestId("draft")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(fixedText));
            await Expect(page.Locator($"[data-testid=match][data-category={category}]")).ToHaveCountAsync(0);
        }

        await Expect(decision).ToHaveAttributeAsync("data-suggestion", "pass");
        await Expect(decision).ToContainTextAsync("可以发布");
        await Expect(page.GetByTestId("draft")).ToHaveValueAsync("会议认真学习了习近平总书记的重要讲话，大家深受震撼。会议还通报了朝鲜代表团来访的情况。");
        await ScreenshotAsync(page, "会议认真学习了习近评总书记的重要讲话，大家深受震憾。会议还通报了北朝鲜代表团来访的情况。\n\n联系人：王某，电话：13812345678。\n机密★1年");
    }

    [SkippableFact]
    public async Task A_major_finding_can_be_ignored_once_but_a_critical_one_cannot()
    {
        var page = await OpenAsync();
        await CheckAsync(page, "机密★1年\n联系人：王某，电话：13812345678。");
        await Expect(page.GetByTestId("decision")).ToHaveAttributeAsync("data-suggestion", "block");

        await page.Locator("[data-testid=match][data-category=SECRECY]").ClickAsync();
        await Expect(page.Locator("#popup-ignore")).ToBeHiddenAsync();
        await page.Keyboard.PressAsync("Escape");

        await page.Locator("[data-testid=match][data-category=PRIVACY]").ClickAsync();
        await Expect(page.GetByTestId("replacement")).ToHaveTextAsync("138****5678");
        await page.Locator("#popup-ignore").ClickAsync();
        await Expect(page.Locator("[data-testid=match][data-category=PRIVACY]")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("decision")).ToHaveAttributeAsync("data-suggestion", "block");
    }

    [SkippableFact]
    public async Task Apply_all_safe_fixes_masks_personal_data()
    {
        var page = await OpenAsync();
        await CheckAsync(page, "联系人：王某，电话：13812345678。");
        await Expect(page.GetByTestId("decision")).ToHaveAttributeAsync("data-suggestion", "review");
        await page.Locator("#fix-all").ClickAsync();
        await Expect(page.GetByTestId("draft")).ToHaveValueAsync("联系人：王某，电话：138****5678。");
        await Expect(page.GetByTestId("decision")).ToHaveAttributeAsync("data-suggestion", "pass");
    }

    [SkippableFact]
    public async Task A_server_error_shows_a_message_and_keeps_the_draft()
    {
        var page = await OpenAsync();
        await page.RouteAsync("**/v1/check", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 500,
            ContentType = "application/problem+json",
            Body = "{\"title\":\"An unexpected error occurred.\",\"status\":500,\"detail\":\"服务器内部错误\"}",
        }));
        const string draft = "这是一份还没有保存的重要文稿。";
        await CheckAsync(page, draft);
        await Expect(page.Locator("#error")).ToBeVisibleAsync();
        await Expect(page.Locator("#error")).ToContainTextAsync("500");
        await Expect(page.GetByTestId("draft")).ToHaveValueAsync(draft);

        await page.ReloadAsync();
        await Expect(page.GetByTestId("draft")).ToHaveValueAsync(draft);
    }

    [SkippableFact]
    public async Task Opening_a_text_file_that_is_not_utf8_says_so_and_keeps_the_draft()
    {
        var page = await OpenAsync();
        const string draft = "已有的文稿。";
        await page.GetByTestId("draft").FillAsync(draft);

        // 习近评同志 saved as GBK (Notepad's "ANSI" on Chinese Windows): decoded as UTF-8 it became mojibake in the draft.
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "notice.txt",
            MimeType = "text/plain",
            Buffer = [0xCF, 0xB0, 0xBD, 0xFC, 0xC6, 0xC0, 0xCD, 0xAC, 0xD6, 0xBE],
        });

        await Expect(page.Locator("#error")).ToBeVisibleAsync();
        await Expect(page.Locator("#error")).ToContainTextAsync("UTF-8");
        await Expect(page.GetByTestId("draft")).ToHaveValueAsync(draft);

        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "notice.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes("习近评同志") });
        await Expect(page.GetByTestId("draft")).ToHaveValueAsync("习近评同志");
    }

    [SkippableFact]
    public async Task Opening_an_html_file_keeps_its_text_image_alt_text_and_meta_description_and_drops_scripts()
    {
        var page = await OpenAsync();
        const string html = "<html><head><meta name=\"description\" content=\"本页说明\"></head><body><p>通知正文。</p><script>var x = '不应出现';</script><p>严禁赌<img src=\"b.png\" alt=\"图\">博。<img src=\"a.png\" alt=\"习近评同志考察\"></p><svg><text>不应出现</text></svg></body></html>";
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "page.html", MimeType = "text/html", Buffer = Encoding.UTF8.GetBytes(html) });
        await Expect(page.GetByTestId("draft")).ToHaveValueAsync("通知正文。\n严禁赌博。\n\n图\n\n习近评同志考察\n\n本页说明");
        await Expect(page.GetByTestId("match").Filter(new() { HasText = "赌博" })).ToHaveCountAsync(1); // not split by the image
        await Expect(page.GetByTestId("match").Filter(new() { HasText = "习近评" })).ToHaveCountAsync(1);
    }

    [SkippableFact]
    public async Task A_50000_character_draft_is_checked_and_highlighted_at_the_right_place()
    {
        var page = await OpenAsync();
        var sb = new StringBuilder();
        while (sb.Length < 50_000)
        {
            sb.Append("各级政府要坚持以人民为中心的发展思想，扎实推进各项民生工作，切实提高群众的获得感和幸福感。\n");
        }

        sb.Append("机密★1年\n");
        var draft = sb.ToString();
        await page.GetByTestId("draft").FillAsync(draft);
        await page.GetByTestId("check").ClickAsync();
        await Expect(page.GetByTestId("decision")).ToHaveAttributeAsync("data-suggestion", "block", new LocatorAssertionsToHaveAttributeOptions { Timeout = 60_000 });
        var mark = page.Locator("[data-testid=match][data-category=SECRECY]");
        await Expect(mark).ToHaveTextAsync("机密★1年");
        var index = await mark.GetAttributeAsync("data-index");
        Assert.NotNull(index);

        // The page still answers: typing clears the stale highlights at once.
        await page.GetByTestId("draft").PressAsync("End");
        await page.Keyboard.TypeAsync("。");
        await Expect(page.GetByTestId("match")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task Ctrl_enter_checks_and_f8_opens_the_next_finding()
    {
        var page = await OpenAsync();
        await page.GetByTestId("draft").FillAsync("机密★1年\n正文。");
        await page.GetByTestId("draft").PressAsync("Control+Enter");
        await Expect(page.GetByTestId("decision")).ToHaveAttributeAsync("data-suggestion", "block");
        await page.Keyboard.PressAsync("F8");
        await Expect(page.Locator("#popup")).ToBeVisibleAsync();
        await Expect(page.Locator("#popup-title")).ToContainTextAsync("涉密标识");
    }

    /// <summary>With CONTENTGUARD_SCREENSHOT=path, saves a screenshot of a checked draft (used in README).</summary>
    private static async Task ScreenshotAsync(IPage page, string draft)
    {
        var path = Environment.GetEnvironmentVariable("CONTENTGUARD_SCREENSHOT");
        if (string.IsNullOrEmpty(path))
        {
            return;
        }

        await CheckAsync(page, draft);
        await Expect(page.GetByTestId("decision")).ToHaveAttributeAsync("data-suggestion", "block");
        await page.Locator("[data-testid=match][data-category=LEADER_NAME]").ClickAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
    }
}
