using ContentGuard.Detection;
using ContentGuard.Detectors.Secrecy;
using ContentGuard.Detectors.Typo;

namespace ContentGuard.Pipeline;

/// <summary>
/// The detectors of <see cref="ContentCheckerBuilder.UseDefaults"/>, in the order they run.
/// A new detector is one new file plus one line here.
/// </summary>
internal static class DefaultDetectors
{
    public static IReadOnlyList<Func<EngineSetup, IDetector>> Factories { get; } =
    [
        _ => new SecrecyDetector(),
        _ => new TypoDetector(),
    ];
}
