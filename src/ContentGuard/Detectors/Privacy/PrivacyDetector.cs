using ContentGuard.Detection;

namespace ContentGuard.Detectors.Privacy;

/// <summary>
/// Personal data that must not be published (《个人信息保护法》): resident ID numbers (GB 11643, 18- and 15-character),
/// bank card numbers (Luhn, issuer prefix) and mainland mobile numbers, each with a masked replacement an editor can
/// apply in one click. Unified social credit codes (GB 32100) are recognised and never flagged. See
/// <see cref="PrivacyScanner"/> for how numbers are found and told apart.
/// </summary>
internal sealed class PrivacyDetector : IDetector
{
    public PrivacyDetector()
    {
        // Load the tables at engine build, not during the first check.
        var regions = RegionCodes.Default;
        var mobiles = MobileRanges.Default;
        DataVersions = new Dictionary<string, string>
        {
            [Path.GetFileName(RegionCodes.ResourceName)] = regions.Version,
            [Path.GetFileName(MobileRanges.ResourceName)] = mobiles.Version,
        };
    }

    public static RuleDescriptor ResidentIdRule { get; } = new(
        "PRIVACY_RESIDENT_ID", "公民身份号码（GB 11643，地址码、出生日期、校验码均有效）出现在拟公开文稿中", Category.Privacy, Severity.Critical);

    public static RuleDescriptor BankCardRule { get; } = new(
        "PRIVACY_BANK_CARD", "银行卡号（发卡行前缀有效并通过 Luhn 校验）出现在拟公开文稿中", Category.Privacy, Severity.Critical);

    public static RuleDescriptor MobileRule { get; } = new(
        "PRIVACY_MOBILE", "个人手机号码出现在拟公开文稿中", Category.Privacy, Severity.Major);

    public string Name => "privacy";

    public IReadOnlyList<RuleDescriptor> Rules { get; } = [ResidentIdRule, BankCardRule, MobileRule];

    public IReadOnlyDictionary<string, string> DataVersions { get; }

    public void Detect(DetectionContext context, FindingSink sink)
    {
        var found = new List<PiiMatch>();
        PrivacyScanner.Scan(context.Normalized, context.DocumentDate, found);
        foreach (var m in found)
        {
            switch (m.Kind)
            {
                case PiiKind.ResidentId:
                    var id = ResidentId.Mask(m.Value);
                    sink.Add(m.Start, m.Length, ResidentIdRule,
                        $"文稿含有公民身份号码，属个人信息，公开发布前应去标识化处理，如“{id}”。",
                        [id], confidence: m.Value.Length == ResidentId.Length ? 0.99 : 0.9, shortMessage: "公民身份号码");
                    break;
                case PiiKind.BankCard:
                    var card = BankCard.Mask(m.Value);
                    sink.Add(m.Start, m.Length, BankCardRule,
                        $"文稿含有银行卡号，属敏感个人信息（金融账户），公开发布前应去标识化处理，如“{card}”。",
                        [card], confidence: 0.95, shortMessage: "银行卡号");
                    break;
                case PiiKind.Mobile:
                    var mobile = MobileNumber.Mask(m.Value);
                    sink.Add(m.Start, m.Length, MobileRule,
                        $"文稿含有手机号码，属个人信息，公开发布前应去标识化处理，如“{mobile}”；确需公开的工作联系电话请核实后保留。",
                        [mobile], confidence: 0.9, shortMessage: "手机号码");
                    break;
                default:
                    break; // a social credit code identifies an organisation and is published on purpose
            }
        }
    }
}
