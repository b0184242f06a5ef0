using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace ContentGuard.Browser.Tests;

/// <summary>
/// The real API on a loopback socket (Kestrel on a free port) and one headless Debian Chromium driven by Playwright,
/// shared by the page tests. When Chromium is not installed the tests are skipped locally (a fresh machine with only the
/// .NET SDK) and fail in CI (CI=true), where .ci/run installs it.
/// </summary>
public sealed class PageFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = string.Empty;

    public static bool Available => File.Exists(ChromiumPath);

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}: .ci/run must install it (apt-get install -y chromium fonts-wqy-zenhei).");
            }

            return;
        }

        // A free port, not the API's default 5080: the tests must not fail while the API runs (README quick start).
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("urls", "http://127.0.0.1:0"));
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });

        // Wait until the engine is loaded (the page's first check must not race the warm-up).
        using var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        for (var i = 0; i < 600 && !(await client.GetAsync("/healthz/ready")).IsSuccessStatusCode; i++)
        {
            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
