namespace ContentGuard;

/// <summary>Per-check options. All members are optional; an instance may be shared between checks.</summary>
public sealed record CheckOptions
{
    /// <summary>A shared instance with every option at its default.</summary>
    public static CheckOptions Default { get; } = new();

    /// <summary>How the string passed to <see cref="ContentChecker.Check(string, CheckOptions?)"/> is read.</summary>
    public TextFormat Format { get; init; } = TextFormat.Text;

    /// <summary>The date the document speaks from (decides which titles are current); default today in China Standard Time (UTC+8).</summary>
    public DateOnly? DocumentDate { get; init; }

    /// <summary>When set, only these category ids are checked.</summary>
    public IReadOnlyCollection<string>? EnabledCategories { get; init; }

    /// <summary>Category ids not to check.</summary>
    public IReadOnlyCollection<string>? DisabledCategories { get; init; }

    /// <summary>Rule ids not to report.</summary>
    public IReadOnlyCollection<string>? DisabledRules { get; init; }

    /// <summary>Terms that are fine in this text: a finding inside an occurrence of one of them is dropped.</summary>
    public IReadOnlyCollection<string>? Allowlist { get; init; }

    /// <summary>An opaque id echoed in <see cref="CheckResult.DataId"/>.</summary>
    public string? DataId { get; init; }

    /// <summary>
    /// The most time the check may take. When it runs out, the detectors not yet run are skipped and the result says
    /// <see cref="CheckWarnings.IncompleteResults"/>. Default: no limit.
    /// </summary>
    public TimeSpan? TimeBudget { get; init; }
}
