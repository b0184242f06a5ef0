namespace ContentGuard.Tests.Detectors.Dates;

public sealed class DateDetectorTests
{
    private static readonly DateOnly DocumentDate = new(2026, 11, 27);

    private static IReadOnlyList<Finding> Dates(string text) =>
        [.. TestEngine.Default.Check(text, new CheckOptions { DocumentDate = DocumentDate }).Matches.Where(m => m.Rule.Id.StartsWith("TYPO_DATE", StringComparison.Ordinal))];

    [Theory]
    [InlineData("会议定于2026年11月27日（星期四）上午召开。", "星期四", "星期五")]
    [InlineData("二〇二六年十一月二十七日（星期四）", "星期四", "星期五")]
    [InlineData("定于12月1日（周三）举行。", "周三", "周二")]
    [InlineData("11月30日星期天上午。", "星期天", "星期一")]
    [InlineData("2019年国庆节，10月1日（星期三）举行了阅兵。", "星期三", "星期二")]
    [InlineData("２０２６年１１月２７日（星期四）", "星期四", "星期五")]
    [InlineData("今天是11月27日，星期四。", "星期四", "星期五")]
    [InlineData("2026年11月27日, 周四上午召开。", "周四", "周五")]
    [InlineData("11月27日，周四，天气晴。", "周四", "周五")]
    [InlineData("11月27日，星期四召开。", "星期四", "星期五")] // 星期 is no surname: any word may follow
    public void A_weekday_that_does_not_match_the_date_is_flagged_with_the_right_one(string text, string wrong, string right)
    {
        var f = Assert.Single(Dates(text));
        Assert.Equal("TYPO_DATE_WEEKDAY", f.Rule.Id);
        Assert.Equal(wrong, text.Substring(f.Offset, f.Length));
        Assert.Equal(right, Assert.Single(f.Replacements).Value);
        Assert.Equal(Severity.Major, f.Severity);
    }

    [Theory]
    [InlineData("请于2月30日前报送材料。", "2月30日")]
    [InlineData("4月31日截止。", "4月31日")]
    [InlineData("2025年2月29日。", "2025年2月29日")]
    [InlineData("二〇二五年二月二十九日", "二〇二五年二月二十九日")]
    public void A_day_the_month_does_not_have_is_flagged(string text, string wrong)
    {
        var f = Assert.Single(Dates(text));
        Assert.Equal("TYPO_DATE_INVALID", f.Rule.Id);
        Assert.Equal(wrong, text.Substring(f.Offset, f.Length));
    }

    [Theory]
    [InlineData("会议定于2026年11月27日（星期五）上午召开。")]
    [InlineData("2024年2月29日是闰日。")]
    [InlineData("2月29日（星期日）")] // 2026-02-29 does not exist; the nearest 2月29日 is in no year of 2025–2027 either, so no weekday check
    [InlineData("每年3月31日前完成年报。")]
    [InlineData("12月1日（周二）举行。")]
    [InlineData("第12周，3个月，13号楼。")]
    [InlineData("2019年国庆节，10月1日（星期二）举行了阅兵。")]
    public void Right_dates_and_weekdays_pass(string text) => Assert.Empty(Dates(text));

    [Theory]
    [InlineData("关于做好2025年度考核工作的通知。定于1月15日（星期四）上午9时召开动员会。")] // 2026-01-15
    [InlineData("截至2025年底，全市累计建成充电桩1.2万个。定于12月4日（星期五）召开推进会。")] // 2026-12-04
    [InlineData("按照《2024年工作要点》，12月2日（周三）开展检查。")] // 2026-12-02
    [InlineData("活动时间为2025年12月15日至1月31日（星期六）。")] // 2026-01-31
    public void A_year_written_earlier_in_the_paragraph_does_not_make_a_right_weekday_wrong(string text) => Assert.Empty(Dates(text));

    [Theory]
    [InlineData("培训时间：2026年12月7日—12月11日（周一至周五），地点另行通知。")]
    [InlineData("12月1日（周一至周五）每天9时开放。")]
    [InlineData("12月1日（周三至周日）闭馆。")] // 2026-12-01 is a Tuesday; 周三 opens a range
    public void A_range_or_list_of_weekdays_after_a_date_is_not_its_weekday(string text) => Assert.Empty(Dates(text));

    [Theory]
    [InlineData("请于11月27日，周三前报送。")] // a deadline of its own after a comma
    [InlineData("本办法自12月1日，周一起施行。")]
    [InlineData("合同于11月27日，星期三到期。")] // 2026-11-27 is a Friday: 星期三到期 is a deadline of its own
    [InlineData("11月27日，星期五。")]
    [InlineData("11月27日，周边地区降温。")]
    [InlineData("11月27日，周天宇同志到市里调研。")] // 周 the surname opens the next clause
    [InlineData("11月27日，周一鸣主持召开专题会议。")]
    public void After_a_comma_a_deadline_or_another_word_is_not_the_dates_weekday(string text) => Assert.Empty(Dates(text));

    [Theory]
    [InlineData("12月1日（周六日）照常办理。")] // Saturday and Sunday: two days (2026-12-01 is a Tuesday)
    [InlineData("12月1日，星期六日均可预约。")]
    public void Saturday_and_sunday_together_are_not_the_dates_weekday(string text) => Assert.Empty(Dates(text));

    [Theory]
    [InlineData("农历二月三十日为传统庙会。")]
    [InlineData("2025年农历二月三十日举行庙会。")]
    [InlineData("阴历八月十五日（星期一）。")]
    public void Lunar_dates_are_not_checked_against_the_solar_calendar(string text) => Assert.Empty(Dates(text));

    [Fact]
    public void A_solar_date_after_a_lunar_one_is_still_checked() =>
        Assert.Equal("周一", Single("春节为农历初一，2月17日（周一）。"));

    private static string Single(string text)
    {
        var f = Assert.Single(Dates(text));
        return text.Substring(f.Offset, f.Length);
    }

    [Theory]
    [InlineData("今年1月5日（星期一），市委召开全市经济工作会议。")] // 2026-01-05, not the nearer 2027-01-05 (a Tuesday)
    [InlineData("去年12月1日（周一）召开。")] // 2025-12-01
    [InlineData("明年1月4日（周一）起施行。")] // 2027-01-04
    public void This_year_last_year_and_next_year_before_a_date_give_its_year(string text) => Assert.Empty(Dates(text));

    [Fact]
    public void A_wrong_weekday_after_this_year_names_the_year_it_was_read_as()
    {
        var f = Assert.Single(Dates("今年1月5日（星期二）召开。"));
        Assert.Equal("星期一", Assert.Single(f.Replacements).Value);
        Assert.Contains("“今年”按文稿日期为2026年", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_weekday_after_a_year_is_still_flagged_when_no_likely_year_fits() =>
        Assert.Equal("TYPO_DATE_WEEKDAY", Assert.Single(Dates("按照《2024年工作要点》，12月2日（周四）开展检查。")).Rule.Id);
}
