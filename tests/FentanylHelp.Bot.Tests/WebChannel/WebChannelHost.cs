using System.Net;
using FentanylHelp.Bot.Tests.Http;
using FentanylHelp.Bot.WebChannel;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace FentanylHelp.Bot.Tests.WebChannel;

/// <summary>
/// The real app on Kestrel at a free loopback port, so tests can use real HTTP and a real WebSocket client.
/// Its clock is a fake (<see cref="InterleavingClock"/>) that tests move forward to expire tokens.
/// </summary>
internal sealed class WebChannelHost : IAsyncDisposable
{
    private readonly BotApplicationFactory factory;

    private WebChannelHost(BotApplicationFactory factory, InterleavingClock time)
    {
        this.factory = factory;
        Time = time;
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
        Http = new HttpClient { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public InterleavingClock Time { get; }

    public IServiceProvider Services => factory.Services;

    public static WebChannelHost Start(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var time = new InterleavingClock(DateTimeOffset.UtcNow);
        var all = new Dictionary<string, string?>
        {
            ["WebChannel:TokenRequestsPerMinute"] = "1000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.Server.Kestrel"] = "Error",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new BotApplicationFactory(all, collection =>
        {
            collection.AddSingleton<TimeProvider>(time);
            services?.Invoke(collection);
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return new WebChannelHost(factory, time);
    }

    public DirectLineClient Client() => new(Http);

    /// <summary>What the sweeper does once every token has expired: the conversations are forgotten and their sockets closed.</summary>
    public void ExpireAndSweepConversations()
    {
        Time.Advance(TimeSpan.FromMinutes(31));
        Services.GetRequiredService<WebConversations>().Sweep();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await factory.DisposeAsync();
    }
}
