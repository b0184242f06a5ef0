namespace ContentGuard.Tests.Detectors.Privacy;

public sealed class PrivacyDetectorTests
{
    private static readonly DateOnly DocumentDate = new(2026, 11, 27);

    private static IReadOnlyList<Finding> Privacy(string text, DateOnly? date = null) =>
        [.. TestEngine.Default.Check(text, new CheckOptions { DocumentDate = date ?? DocumentDate }).Matches.Where(m => m.Rule.Category == Category.Privacy)];

    private static Finding Single(string text, string ruleId, string matched, string replacement)
    {
        var f = Assert.Single(Privacy(text));
        Assert.Equal(ruleId, f.Rule.Id);
        Assert.Equal(matched, f.Text);
        Assert.Equal(replacement, Assert.Single(f.Replacements).Value);
        return f;
    }

    // --- resident ID ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("公示名单：张某，公民身份号码11010519491231002X。", "11010519491231002X", "110105********002X")]
    [InlineData("经核实，当事人（身份证号110101199003071233）已完成登记。", "110101199003071233", "110101********1233")]
    [InlineData("身份证：11010519491231002x", "11010519491231002x", "110105********002X")]
    [InlineData("身份证号码１１０１０５１９４９１２３１００２Ｘ。", "１１０１０５１９４９１２３１００２Ｘ", "110105********002X")]
    [InlineData("证件号 110105 19491231 002X 。", "110105 19491231 002X", "110105********002X")]
    [InlineData("老身份证110105491231002已作废", "110105491231002", "110105******002")]
    [InlineData("ID:110101199003071233", "110101199003071233", "110101********1233")]
    [InlineData("编号：A001，张某，110101199003071233", "110101199003071233", "110101********1233")]
    public void A_resident_id_number_is_critical_with_a_masked_replacement(string text, string matched, string replacement)
    {
        var f = Single(text, "PRIVACY_RESIDENT_ID", matched, replacement);
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Equal(matched, text.Substring(f.Offset, f.Length));
        Assert.Contains("公民身份号码", f.Message, StringComparison.Ordinal);
        Assert.Equal(Suggestion.Block, TestEngine.Default.Check(text, new CheckOptions { DocumentDate = DocumentDate }).Decision.Suggestion);
    }

    [Theory]
    [InlineData("身份证号110101199003071234。")] // check character wrong
    [InlineData("身份证号110101199902301231。")] // 30 February
    [InlineData("身份证号990101199003071237。")] // no such region
    [InlineData("流水号1234110101199003071233。")] // a valid number inside a longer digit run
    [InlineData("流水号1101011990030712335。")]
    [InlineData("编码a110101199003071233")] // glued to a letter
    [InlineData("身份证号１１０１０１１９９００３０７１２３４。")] // full-width, check character wrong
    public void Near_misses_are_not_resident_ids(string text) => Assert.Empty(Privacy(text));

    [Fact]
    public void A_birth_date_after_the_document_date_is_not_real()
    {
        const string text = "身份证号110101202611271233。";
        Assert.Single(Privacy(text, DocumentDate));
        Assert.Empty(Privacy(text, DocumentDate.AddDays(-1)));
    }

    // --- bank card -----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("请将款项汇入以下银行卡号：6217000000080123。", "6217000000080123", "6217 **** **** 0123")]
    [InlineData("收款账号 6222 0210 0112 2334 458 开户行：某某银行。", "6222 0210 0112 2334 458", "6222 **** **** 4458")]
    [InlineData("补贴资金已发放至账户６２１７０００００００８０１２３，请查收。", "６２１７０００００００８０１２３", "6217 **** **** 0123")]
    [InlineData("卡号4111-1111-1111-1111", "4111-1111-1111-1111", "4111 **** **** 1111")]
    [InlineData("银行卡号：621700000000000006。", "621700000000000006", "6217 **** **** 0006")]
    [InlineData("卡号62170000000001234", "62170000000001234", "6217 **** **** 1234")]
    public void A_card_number_is_critical_with_a_masked_replacement(string text, string matched, string replacement)
    {
        var f = Single(text, "PRIVACY_BANK_CARD", matched, replacement);
        Assert.Equal(Severity.Critical, f.Severity);
    }

    [Theory]
    [InlineData("请将款项汇入以下银行卡号：6222021001122334457。")] // Luhn fails
    [InlineData("卡号3530111333300000")] // JCB prefix
    [InlineData("本项目编号621700000000000006。")] // 18 digits without a card label
    [InlineData("订单号6217000000080123已发货。")]
    [InlineData("卡号62170000000001235")] // 17 digits, Luhn fails
    [InlineData("账户06217000000080123")] // inside a longer digit run
    [InlineData("占比为0.4111111111111111。")] // the decimals of a number
    [InlineData("坐标 113.4111111111111111")]
    [InlineData("卡号6217000000080*123")] // a star masks, it does not join
    [InlineData("卡号6217 **** **** 0123，手机186****5678，身份证110101********1233")] // already redacted
    public void Near_misses_are_not_card_numbers(string text) => Assert.Empty(Privacy(text));

    // --- mobile --------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("联系人李老师，手机 18612345678。", "18612345678")]
    [InlineData("电话：186-1234-5678", "186-1234-5678")]
    [InlineData("电话：+86 186 1234 5678", "186 1234 5678")]
    [InlineData("电话：+8618612345678", "18612345678")]
    [InlineData("电话：(+86)18612345678", "18612345678")]
    [InlineData("手机１８６１２３４５６７８", "１８６１２３４５６７８")]
    [InlineData("手机1 8 6 1 2 3 4 5 6 7 8", "1 8 6 1 2 3 4 5 6 7 8")]
    [InlineData("联系电话18612345678张先生", "18612345678")] // a surname, not a counter
    [InlineData("编号：A001，张某，18612345678", "18612345678")] // a label in another clause does not count
    public void A_mobile_number_is_major_with_a_masked_replacement(string text, string matched)
    {
        var f = Single(text, "PRIVACY_MOBILE", matched, "186****5678");
        Assert.Equal(Severity.Major, f.Severity);
        Assert.Equal(Suggestion.Review, TestEngine.Default.Check(text, new CheckOptions { DocumentDate = DocumentDate }).Decision.Suggestion);
    }

    [Theory]
    [InlineData("联系人：陈叶飞，联系电话：8963983。")] // an office landline
    [InlineData("联系电话：0751-8963983。")]
    [InlineData("政务服务便民热线12345，24小时受理。")]
    [InlineData("客服电话400-123-4567。")]
    [InlineData("如有疑问请联系工作人员，电话12012345678。")] // 12x is not mobile
    [InlineData("电话186123456789")] // 12 digits
    [InlineData("全年完成投资13705267968万元。")] // a statistic
    [InlineData("累计服务18612345678人次。")]
    [InlineData("文号：某政发〔2024〕18612345678号。")] // a document number
    [InlineData("订单号18612345678已签收。")]
    public void Landlines_hotlines_and_lookalikes_are_not_mobile_numbers(string text) => Assert.Empty(Privacy(text));

    // --- social credit code --------------------------------------------------------------------------------------

    [Theory]
    [InlineData("该公司统一社会信用代码为91350100M000100Y43。")]
    [InlineData("经营主体：某某有限公司（统一社会信用代码：110105199307188524）。")] // all digits, also a valid ID number
    [InlineData("经营主体：某某有限公司（91350100m000100y43）")]
    public void A_social_credit_code_is_not_flagged(string text) => Assert.Empty(Privacy(text));

    [Fact]
    public void A_number_valid_as_both_id_and_credit_code_is_an_id_unless_labelled_as_a_code()
    {
        Single("身份证号：110105199307188524。", "PRIVACY_RESIDENT_ID", "110105199307188524", "110105********8524");
        Single("110105199307188524", "PRIVACY_RESIDENT_ID", "110105199307188524", "110105********8524");
        Assert.Empty(Privacy("统一社会信用代码：110105199307188524。"));
    }

    [Fact]
    public void A_credit_code_with_a_wrong_check_character_is_not_personal_data() =>
        Assert.Empty(Privacy("统一社会信用代码：91350100M000100Y44。"));

    // --- several in one text -------------------------------------------------------------------------------------

    [Fact]
    public void Every_number_of_a_list_is_reported_in_order()
    {
        const string text = "张某，身份证号110101199003071233，手机18612345678，银行卡6217000000080123；某公司91350100M000100Y43。";
        var findings = Privacy(text);
        Assert.Equal(["PRIVACY_RESIDENT_ID", "PRIVACY_MOBILE", "PRIVACY_BANK_CARD"], findings.Select(f => f.Rule.Id));
        Assert.All(findings, f => Assert.Equal(f.Text, text.Substring(f.Offset, f.Length)));
    }

    [Fact]
    public void Two_mobile_numbers_separated_by_a_space_are_two_findings()
    {
        var findings = Privacy("值班电话 18612345678 13800138000");
        Assert.Equal(["18612345678", "13800138000"], findings.Select(f => f.Text));
    }

    [Fact]
    public void A_year_before_a_spaced_id_does_not_hide_it() =>
        Assert.Equal("110101199003071233", Assert.Single(Privacy("2024 110101199003071233")).Text);

    [Fact]
    public void Statute_text_with_numbers_is_not_flagged() =>
        Assert.Empty(Privacy("第十九条 本办法自2024年1月1日起施行，国务院令第123号同时废止。收购废旧金属的企业应当在取得营业执照后15日内备案，罚款50000元。"));

    [Fact]
    public void The_engine_reports_the_versions_of_the_privacy_tables()
    {
        var data = TestEngine.Default.Software.Data;
        Assert.StartsWith("divisions-", data["region-codes.tsv"], StringComparison.Ordinal);
        Assert.StartsWith("libphonenumber-", data["mobile-prefixes.tsv"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_rules_are_in_the_catalogue()
    {
        var rules = TestEngine.Default.Rules.Where(r => r.Category == Category.Privacy).ToDictionary(r => r.Id, r => r.DefaultSeverity);
        Assert.Equal(Severity.Critical, rules["PRIVACY_RESIDENT_ID"]);
        Assert.Equal(Severity.Critical, rules["PRIVACY_BANK_CARD"]);
        Assert.Equal(Severity.Major, rules["PRIVACY_MOBILE"]);
    }

    [Fact]
    public void Traditional_labels_are_read_like_simplified_ones()
    {
        Assert.Empty(Privacy("統一社會信用代碼：110105199307188524。"));
        Assert.Empty(Privacy("訂單號18612345678已簽收。"));
        Single("銀行卡號：621700000000000006。", "PRIVACY_BANK_CARD", "621700000000000006", "6217 **** **** 0006");
    }

    [Fact]
    public void Html_input_reports_offsets_into_the_html_source()
    {
        const string html = "<table><tr><td>张某</td><td>110101199003071233</td><td>186&#45;1234&#45;5678</td></tr></table>";
        var findings = TestEngine.Default.Check(html, new CheckOptions { Format = TextFormat.Html, DocumentDate = DocumentDate }).Matches
            .Where(m => m.Rule.Category == Category.Privacy).ToList();
        Assert.Equal(2, findings.Count);
        Assert.Equal(html.IndexOf("110101199003071233", StringComparison.Ordinal), findings[0].Offset);
        Assert.Equal("110101199003071233", html.Substring(findings[0].Offset, findings[0].Length));
        Assert.Equal("186&#45;1234&#45;5678", html.Substring(findings[1].Offset, findings[1].Length));
    }

    [Fact]
    public void Concurrent_checks_get_the_same_findings()
    {
        const string text = "张某，身份证号110101199003071233，手机18612345678，银行卡6217000000080123。";
        var expected = Privacy(text).Select(f => (f.Offset, f.Rule.Id)).ToList();
        var results = new System.Collections.Concurrent.ConcurrentBag<List<(int, string)>>();
        Parallel.For(0, 64, _ => results.Add([.. Privacy(text).Select(f => (f.Offset, f.Rule.Id))]));
        Assert.Equal(3, expected.Count);
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Theory]
    [InlineData("电话：0086 186 1234 5678", "186 1234 5678")]
    [InlineData("电话：008618612345678", "18612345678")]
    [InlineData("电话：86-186-1234-5678", "186-1234-5678")]
    public void Country_codes_are_not_part_of_the_mobile_span(string text, string matched) =>
        Single(text, "PRIVACY_MOBILE", matched, "186****5678");
}
