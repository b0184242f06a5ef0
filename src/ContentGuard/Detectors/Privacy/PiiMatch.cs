namespace ContentGuard.Detectors.Privacy;

/// <summary>What a number recognised by <see cref="PrivacyScanner"/> is.</summary>
internal enum PiiKind
{
    /// <summary>A resident ID number (18- or 15-character), personal.</summary>
    ResidentId,

    /// <summary>A payment card number, personal (financial account).</summary>
    BankCard,

    /// <summary>A mainland mobile number, personal.</summary>
    Mobile,

    /// <summary>An organisation's unified social credit code: recognised, published on purpose, never flagged.</summary>
    SocialCreditCode,
}

/// <summary>A recognised number: its kind, its span in the normalized text and its canonical value (digits, upper case letters).</summary>
internal readonly record struct PiiMatch(PiiKind Kind, int Start, int Length, string Value)
{
    /// <summary>True for the kinds that are personal data.</summary>
    public bool IsPersonal => Kind != PiiKind.SocialCreditCode;
}
