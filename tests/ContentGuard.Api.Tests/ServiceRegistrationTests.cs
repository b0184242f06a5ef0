using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ContentGuard.Api.Tests;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void AddContentGuard_registers_one_shared_engine_with_the_defaults()
    {
        var configured = false;
        using var provider = new ServiceCollection().AddContentGuard(_ => configured = true).BuildServiceProvider();

        var first = provider.GetRequiredService<ContentChecker>();

        Assert.Same(first, provider.GetRequiredService<ContentChecker>());
        Assert.True(configured);
        Assert.Contains("secrecy", first.DetectorNames);
    }

    [Fact]
    public void AddContentGuard_keeps_an_engine_registered_before()
    {
        using var provider = new ServiceCollection().AddSingleton(ApiFactory.Engine).AddContentGuard().BuildServiceProvider();

        Assert.Same(ApiFactory.Engine, provider.GetRequiredService<ContentChecker>());
    }

    [Fact]
    public void A_missing_lexicon_file_stops_the_host_at_start_up()
    {
        using var factory = new ApiFactory(new() { ["ContentGuard:Lexicons:0"] = "/no/such/site-terms.lex.tsv" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("ContentGuard:Lexicons", (error as OptionsValidationException)?.Message ?? error.ToString(), StringComparison.Ordinal);
    }
}
