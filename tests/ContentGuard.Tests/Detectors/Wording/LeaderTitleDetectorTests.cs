namespace ContentGuard.Tests.Detectors.Wording;

public sealed class LeaderTitleDetectorTests
{
    [Fact]
    public void A_title_the_person_never_held_is_critical_with_the_holder_as_replacement()
    {
        var (f, replacements) = Wording.Single("全国人大常委会委员长习近平出席会议。", "LEADER_TITLE");
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Equal("全国人大常委会委员长习近平", f.Text);
        Assert.Contains("全国人大常委会委员长赵乐际", replacements);
        Assert.Contains("赵乐际", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("中央军委主席、中共中央总书记、国家主席习近平发表讲话。", "中央军委主席、中共中央总书记、国家主席")]
    [InlineData("国家主席、中共中央总书记、中央军委主席习近平发表讲话。", "国家主席、中共中央总书记、中央军委主席")]
    [InlineData("中共中央总书记、中央军委主席、国家主席习近平发表讲话。", "中共中央总书记、中央军委主席、国家主席")]
    public void Titles_out_of_the_official_order_are_critical(string text, string span)
    {
        var (f, replacements) = Wording.Single(text, "LEADER_TITLE");
        Assert.Equal(span, f.Text);
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Equal(["中共中央总书记、国家主席、中央军委主席"], replacements);
    }

    [Fact]
    public void Full_form_titles_out_of_order_keep_their_written_forms()
    {
        var (_, replacements) = Wording.Single("中华人民共和国主席、中共中央总书记、中央军委主席习近平", "LEADER_TITLE");
        Assert.Equal(["中共中央总书记、中华人民共和国主席、中央军委主席"], replacements);
    }

    [Theory]
    [InlineData("中共中央总书记、国家主席、中央军委主席习近平发表讲话。")]
    [InlineData("中共中央总书记、中华人民共和国主席、中央军委主席习近平发表讲话。")]
    [InlineData("国务院总理李强主持会议。")]
    [InlineData("全国人大常委会委员长赵乐际出席。")]
    [InlineData("全国政协主席王沪宁出席。")]
    [InlineData("国家副主席韩正会见外宾。")]
    [InlineData("习近平总书记强调。")]
    [InlineData("李强总理指出。")]
    [InlineData("外交部长王毅会见。")]
    [InlineData("外交部部长王毅会见。")]
    public void Correct_titles_pass(string text) => Assert.Empty(Wording.Check(text, "LEADER_TITLE"));

    [Fact]
    public void A_title_no_longer_held_at_the_document_date_is_major()
    {
        var (f, replacements) = Wording.Single("国务院总理李克强主持会议。", "LEADER_TITLE");
        Assert.Equal(Severity.Major, f.Severity);
        Assert.Equal("国务院总理", f.Text);
        Assert.Equal(["时任国务院总理"], replacements);
        // His term ended in March 2023, before his death in October: the message gives the end of the term first.
        Assert.Contains("于2023-03卸任（已于2023-10-27逝世）", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2016年，时任国务院总理李克强出席会议。")]
    [InlineData("时任国务院总理李克强出席会议。")]
    [InlineData("国务院原总理李克强同志逝世。")]
    [InlineData("2016年，国务院总理李克强出席会议。")]
    [InlineData("原国家主席胡锦涛出席。")]
    [InlineData("十一届全国政协主席贾庆林出席。")]
    [InlineData("敬爱的周恩来总理。")]
    [InlineData("毛泽东主席指出，人民群众是真正的英雄。")]
    public void Historic_references_are_not_outdated(string text) =>
        Assert.DoesNotContain(Wording.Check(text, "LEADER_TITLE"), f => f.Rule.Id == "LEADER_TITLE_OUTDATED");

    [Fact]
    public void The_document_date_decides_what_is_current()
    {
        Assert.Empty(Wording.Check("国务院总理李克强主持会议。", "LEADER_TITLE", new DateOnly(2016, 5, 1)));
        Assert.Single(Wording.Check("国务院总理李克强主持会议。", "LEADER_TITLE", new DateOnly(2024, 5, 1)));
    }

    [Fact]
    public void A_plain_future_tense_is_no_appointment()
    {
        // 将 alone is future tense, not an appointment: in February 2023 the premier who would give the report was 李克强.
        var f = Assert.Single(Wording.Check("十四届全国人大一次会议将于3月5日开幕，国务院总理李强将作报告。", "LEADER_TITLE", new DateOnly(2023, 2, 20)));
        Assert.Equal("LEADER_TITLE_NOT_YET", f.Rule.Id);
    }

    [Fact]
    public void A_title_taken_only_after_the_document_date_is_major_with_the_holder_of_that_date()
    {
        // In a 2022 document 国务院总理李强 is wrong: 李克强 (one character dropped) was the premier.
        var f = Assert.Single(Wording.Check("国务院总理李强主持召开国务院常务会议。", "LEADER_TITLE", new DateOnly(2022, 6, 1)));
        Assert.Equal("LEADER_TITLE_NOT_YET", f.Rule.Id);
        Assert.Equal(Severity.Major, f.Severity);
        Assert.Equal("国务院总理李强", f.Text);
        Assert.Equal("国务院总理李克强", Assert.Single(f.Replacements).Value);
        Assert.Contains("2023年3月起任", f.Message, StringComparison.Ordinal);
        Assert.Contains("当时的国务院总理为李克强", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("国务院总理李强主持会议。", 2024)] // held at the date
    [InlineData("十四届全国人大一次会议将选举新一届国务院总理李强等国家机构组成人员。", 2023)] // an appointment announced
    [InlineData("国务院总理周恩来出席。", 1950)] // before 1978 the table's dates are not checked
    public void A_title_held_or_announced_at_the_document_date_is_not_not_yet(string text, int year) =>
        Assert.DoesNotContain(Wording.Check(text, "LEADER_TITLE", new DateOnly(year, 2, 20)), f => f.Rule.Id == "LEADER_TITLE_NOT_YET");

    [Theory]
    [InlineData("2012年以来，国家主席习近平多次强调。")] // a period up to now, not the year 2012
    [InlineData("2020年3月以来，国务院总理李强多次强调。")]
    [InlineData("2018年至今，国务院副总理丁薛祥分管相关工作。")]
    public void A_year_that_opens_a_period_up_to_now_is_not_not_yet(string text) =>
        Assert.DoesNotContain(Wording.Check(text, "LEADER_TITLE", new DateOnly(2024, 6, 1)), f => f.Rule.Id == "LEADER_TITLE_NOT_YET");

    [Fact]
    public void A_year_in_the_sentence_before_the_term_is_not_yet_and_the_message_names_the_year()
    {
        var f = Assert.Single(Wording.Check("2019年，国务院总理李强到地方考察。", "LEADER_TITLE", new DateOnly(2024, 6, 1)));
        Assert.Equal("LEADER_TITLE_NOT_YET", f.Rule.Id);
        Assert.Contains("按句中年份（2019年）", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("文稿日期", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("国务院副总理丁薛祥出席。", "国务院副总理丁薛祥")] // four vice premiers in 2022: none is "the" holder
    [InlineData("中央政治局常委李强出席。", "中央政治局常委李强")]
    public void A_post_with_several_holders_names_no_holder_when_not_yet(string text, string span)
    {
        var f = Assert.Single(Wording.Check(text, "LEADER_TITLE", new DateOnly(2022, 6, 1)), f => f.Rule.Id == "LEADER_TITLE_NOT_YET");
        Assert.Equal(span, f.Text);
        Assert.Empty(f.Replacements);
        Assert.DoesNotContain("当时的", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_not_yet_title_before_another_title_offers_no_replacement_that_would_drop_it()
    {
        // 韩正 was vice premier in 2022 and vice president from 2023-03: the first title's span runs to the name over
        // 国务院副总理, so "国家副主席" + the holder of 2022 would delete it.
        var f = Assert.Single(Wording.Check("国家副主席、国务院副总理韩正出席。", "LEADER_TITLE", new DateOnly(2022, 6, 1)));
        Assert.Equal("LEADER_TITLE_NOT_YET", f.Rule.Id);
        Assert.Equal("国家副主席、国务院副总理韩正", f.Text);
        Assert.Contains("当时的国家副主席为", f.Message, StringComparison.Ordinal);
        Assert.Empty(f.Replacements);
    }

    [Fact]
    public void A_short_title_after_the_name_taken_only_later_is_not_yet_not_outdated()
    {
        // 李强总理 in 2022: he had not yet become premier; "已不再担任…请写时任" was the wrong advice.
        var f = Assert.Single(Wording.Check("李强总理主持会议。", "LEADER_TITLE", new DateOnly(2022, 6, 1)));
        Assert.Equal("LEADER_TITLE_NOT_YET", f.Rule.Id);
        Assert.Equal("李强总理", f.Text);
        Assert.Equal("李克强总理", Assert.Single(f.Replacements).Value);
        Assert.DoesNotContain("已不再", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_title_after_the_name_in_a_period_up_to_now_is_no_finding() =>
        Assert.Empty(Wording.Check("2020年以来，李强总理多次强调。", "LEADER_TITLE", new DateOnly(2024, 6, 1)));

    [Fact]
    public void Traditional_characters_not_yet_maps_to_the_written_span()
    {
        var f = Assert.Single(Wording.Check("國務院總理李強主持會議。", "LEADER_TITLE", new DateOnly(2022, 6, 1)));
        Assert.Equal("LEADER_TITLE_NOT_YET", f.Rule.Id);
        Assert.Equal("國務院總理李強", f.Text);
    }

    [Fact]
    public void A_year_in_the_sentence_outside_the_term_is_outdated()
    {
        var f = Assert.Single(Wording.Check("2025年，国务院总理李克强出席会议。", "LEADER_TITLE"));
        Assert.Equal("LEADER_TITLE_OUTDATED", f.Rule.Id);
        Assert.Contains("按句中年份（2025年）", f.Message, StringComparison.Ordinal); // the year in the sentence, not the document date
    }

    [Fact]
    public void A_dead_leader_called_by_a_current_short_title_is_outdated()
    {
        var f = Assert.Single(Wording.Check("李克强总理考察了工厂。", "LEADER_TITLE"));
        Assert.Equal(Severity.Major, f.Severity);
        Assert.Contains("逝世", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_under_investigation_asks_for_review_without_replacement()
    {
        var f = Assert.Single(Wording.Check("中央军委副主席张又侠出席。", "LEADER_TITLE"));
        Assert.Equal(Severity.Major, f.Severity);
        Assert.Empty(f.Replacements);
        Assert.Contains("核实", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("全国人大委员长赵乐际出席。", "全国人大委员长", "全国人大常委会委员长")]
    [InlineData("全国人大副委员长李鸿忠出席。", "全国人大副委员长", "全国人大常委会副委员长")]
    [InlineData("审计署署长侯凯作报告。", "审计署署长", "审计署审计长")]
    public void A_verified_wrong_title_form_is_corrected(string text, string wrong, string right)
    {
        var f = Assert.Single(Wording.Check(text, "LEADER_TITLE"), m => m.Rule.Id == "LEADER_TITLE_FORM");
        Assert.Equal(wrong, f.Text);
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Equal(right, f.Replacements[0].Value);
    }

    [Fact]
    public void An_unverified_wrong_title_form_is_a_review_without_replacement()
    {
        var f = Assert.Single(Wording.Check("最高法院长出席。", "LEADER_TITLE"));
        Assert.Equal(Severity.Major, f.Severity);
        Assert.Empty(f.Replacements);
        Assert.Contains("请人工核实", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_style_form_is_only_advice()
    {
        var f = Assert.Single(Wording.Check("原国务院总理朱镕基出席。", "LEADER_TITLE"));
        Assert.Equal(Severity.Minor, f.Severity);
        Assert.Empty(f.Replacements);
    }

    [Theory]
    [InlineData("全国人大常委会委员长赵乐际")]
    [InlineData("全国人大常委会委员")]
    [InlineData("省人大常委会主任")]
    [InlineData("市政协主席王某出席。")]
    [InlineData("全国政协主席王沪宁")]
    public void Accepted_title_forms_are_not_flagged(string text) =>
        Assert.DoesNotContain(Wording.Check(text, "LEADER_TITLE"), f => f.Rule.Id == "LEADER_TITLE_FORM");

    [Fact]
    public void National_chairman_without_national_is_flagged_only_before_the_chairmans_name() =>
        Assert.Single(Wording.Check("政协主席王沪宁出席。", "LEADER_TITLE"));

    [Fact]
    public void Traditional_characters_are_seen_through()
    {
        var f = Assert.Single(Wording.Check("全國人大常委會委員長習近平出席會議。", "LEADER_TITLE"));
        Assert.Equal("LEADER_TITLE_MISMATCH", f.Rule.Id);
    }

    [Fact]
    public void Standing_committee_members_listed_out_of_rank_are_reviewed()
    {
        var f = Assert.Single(Wording.Check("李强、习近平、赵乐际出席会议。", "LEADER_TITLE"));
        Assert.Equal("LEADER_RANK_ORDER", f.Rule.Id);
        Assert.Equal(Severity.Major, f.Severity);
        Assert.Equal("习近平、李强、赵乐际", f.Replacements[0].Value);
        Assert.Empty(Wording.Check("习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希出席会议。", "LEADER_TITLE"));
        Assert.Empty(Wording.Check("李强、习近平出席会议。", "LEADER_TITLE", new DateOnly(2010, 1, 1)));
    }
}
