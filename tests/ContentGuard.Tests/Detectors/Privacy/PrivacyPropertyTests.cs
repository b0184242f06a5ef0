using System.Globalization;
using ContentGuard.Detectors.Privacy;
using FsCheck;
using FsCheck.Fluent;

namespace ContentGuard.Tests.Detectors.Privacy;

/// <summary>Random valid numbers: exactly one check character fits, and a number is found only when delimited.</summary>
public sealed class PrivacyPropertyTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static readonly string[] Regions = ["110101", "310115", "440305", "510104", "650102", "441900"];

    private static readonly string[] Before = ["", "身份证号", "公民身份号码：", "（", "名单：张某 ", "ID "];

    private static readonly string[] After = ["", "。", "）已登记", "，请核实", " 张某"];

    private static Gen<string> IdBodies() =>
        from region in Gen.Elements(Regions)
        from days in Gen.Choose(0, 365 * 70)
        from sequence in Gen.Choose(0, 999)
        let birth = new DateOnly(1950, 1, 1).AddDays(days)
        select region + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D3", CultureInfo.InvariantCulture);

    private static Gen<string> CardBodies() =>
        from prefix in Gen.Elements("62", "621", "622", "4", "5")
        from length in Gen.Elements(16, 19)
        from digits in Gen.ArrayOf(Gen.Choose(0, 9), 19)
        select prefix + string.Concat(digits.Take(length - 1 - prefix.Length));

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Exactly_one_check_character_makes_an_id_valid() =>
        Prop.ForAll(IdBodies().ToArbitrary(), body =>
            "0123456789X".Count(c => ResidentId.IsValid(body + c, Today)) == 1
            && ResidentId.IsValid(body + ResidentId.CheckChar(body), Today));

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Exactly_one_luhn_digit_makes_a_card_valid() =>
        Prop.ForAll(CardBodies().ToArbitrary(), body => "0123456789".Count(c => BankCard.IsValid(body + c)) == 1);

    [FsCheck.Xunit.Property(MaxTest = 100)]
    public Property A_delimited_valid_id_is_found_with_its_exact_span_and_a_glued_one_is_not() =>
        Prop.ForAll(IdBodies().ToArbitrary(), Gen.Elements(Before).ToArbitrary(), Gen.Elements(After).ToArbitrary(), (body, before, after) =>
        {
            var id = body + ResidentId.CheckChar(body);
            var found = TestEngine.Default.Check(before + id + after, new CheckOptions { DocumentDate = Today }).Matches
                .Where(m => m.Rule.Category == Category.Privacy).ToList();
            var glued = TestEngine.Default.Check(before + "7" + id + after, new CheckOptions { DocumentDate = Today }).Matches
                .Where(m => m.Rule.Category == Category.Privacy);
            return found.Count == 1 && found[0].Rule.Id == "PRIVACY_RESIDENT_ID" && found[0].Text == id
                && found[0].Offset == before.Length && !glued.Any();
        });
}
