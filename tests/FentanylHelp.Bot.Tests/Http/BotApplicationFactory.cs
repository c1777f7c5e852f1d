using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FentanylHelp.Bot.Tests.Http;

/// <summary>
/// The real app in memory, with settings overridden per test. Conversation state is in memory unless a test
/// names a provider (<c>Storage:Provider</c>), so no test writes a SQLite file into the source tree.
/// </summary>
internal sealed class BotApplicationFactory(
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Provider", "Memory");

        // A busy test machine must not look like slow storage; the timeout tests set their own.
        builder.UseSetting("Storage:Timeout", "00:00:30");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureTestServices(services);
        }
    }
}
