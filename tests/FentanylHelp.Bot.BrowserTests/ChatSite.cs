using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FentanylHelp.Bot.BrowserTests;

/// <summary>The real app on Kestrel at a free loopback port, for a real browser. Stopped on dispose.</summary>
internal sealed class ChatSite : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> settings;

    private ChatSite(IReadOnlyDictionary<string, string?> settings) => this.settings = settings;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public static ChatSite Start(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var site = new ChatSite(settings ?? new Dictionary<string, string?>());
        site.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        site.StartServer();
        site.BaseAddress = new Uri(site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return site;
    }

    public string Url(string pathAndQuery) => new Uri(BaseAddress, pathAndQuery).ToString();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Server.Kestrel", "Error");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
