namespace ContentGuard.Detectors.Privacy;

/// <summary>What the words just before a number say it is.</summary>
internal enum CueKind
{
    None,
    ResidentId,
    BankCard,
    Mobile,
    Organisation,
    OtherNumber,
}

/// <summary>
/// Reads the label in front of a number (身份证号：, 银行卡号, 统一社会信用代码：, 订单号…) in the same clause (up to a
/// comma or a full stop, at most <see cref="Window"/> chars). Used only to
/// break ties between formats that share a length, to require a card label for 17–18-digit cards, and to un-flag
/// numbers that are labelled as something else (order numbers, document numbers, registration numbers).
/// </summary>
internal static class ContextCue
{
    /// <summary>How far back (normalized chars) a label may stand.</summary>
    public const int Window = 20;

    // Longest first, so that at one end position the most specific label wins (信用代码 before 代码).
    private static readonly (string Word, CueKind Kind)[] Cues = Build(
    [
        ("身份证", CueKind.ResidentId), ("身份号码", CueKind.ResidentId), ("证件号", CueKind.ResidentId), ("居住证", CueKind.ResidentId),
        ("身份证号", CueKind.ResidentId), ("公民身份", CueKind.ResidentId),
        ("卡号", CueKind.BankCard), ("银行卡", CueKind.BankCard), ("账号", CueKind.BankCard), ("帐号", CueKind.BankCard),
        ("账户", CueKind.BankCard), ("帐户", CueKind.BankCard), ("开户", CueKind.BankCard), ("收款", CueKind.BankCard),
        ("存折", CueKind.BankCard), ("借记卡", CueKind.BankCard), ("信用卡", CueKind.BankCard),
        ("手机", CueKind.Mobile), ("电话", CueKind.Mobile), ("联系方式", CueKind.Mobile), ("热线", CueKind.Mobile),
        ("信用代码", CueKind.Organisation), ("社会信用", CueKind.Organisation), ("统一代码", CueKind.Organisation),
        ("组织机构代码", CueKind.Organisation), ("纳税人识别号", CueKind.Organisation), ("税号", CueKind.Organisation),
        ("注册号", CueKind.Organisation), ("营业执照", CueKind.Organisation),
        ("订单", CueKind.OtherNumber), ("单号", CueKind.OtherNumber), ("编号", CueKind.OtherNumber), ("文号", CueKind.OtherNumber),
        ("流水号", CueKind.OtherNumber), ("批号", CueKind.OtherNumber), ("批次", CueKind.OtherNumber), ("合同号", CueKind.OtherNumber),
        ("案号", CueKind.OtherNumber), ("发票", CueKind.OtherNumber), ("序列号", CueKind.OtherNumber), ("登记号", CueKind.OtherNumber),
        ("运单", CueKind.OtherNumber), ("许可证", CueKind.OtherNumber), ("证书", CueKind.OtherNumber), ("代码", CueKind.OtherNumber),
        ("邮编", CueKind.OtherNumber), ("邮政编码", CueKind.OtherNumber), ("条码", CueKind.OtherNumber), ("型号", CueKind.OtherNumber),
    ]);

    /// <summary>The kind of the label ending nearest before <paramref name="start"/> in its clause, or <see cref="CueKind.None"/>.</summary>
    public static CueKind Nearest(string text, int start)
    {
        var floor = Math.Max(0, start - Window);
        for (var end = start; end > floor; end--)
        {
            var c = text[end - 1];
            if (c is '。' or '；' or ';' or '！' or '!' or '？' or '?' or '\n' or '\r' or '，' or ',' or '、')
            {
                return CueKind.None;
            }

            foreach (var (word, kind) in Cues)
            {
                if (end - word.Length >= floor && text.AsSpan(end - word.Length, word.Length).SequenceEqual(word))
                {
                    return kind;
                }
            }
        }

        return CueKind.None;
    }

    private static (string Word, CueKind Kind)[] Build((string Word, CueKind Kind)[] cues) =>
        [.. cues.OrderByDescending(c => c.Word.Length)];
}
