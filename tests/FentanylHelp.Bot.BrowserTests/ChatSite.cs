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
    private readonly Action<IServiceCollection>? services;

    private ChatSite(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services)
    {
        this.settings = settings;
        this.services = services;
    }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public static ChatSite Start(IReadOnlyDictionary<string, string?>? settings = null) => Start(settings, null, null);

    /// <summary>The site plus a partner page at <paramref name="partnerPort"/> on 127.0.0.2 that frames <paramref name="embedPath"/>.</summary>
    public static ChatSite StartWithPartner(int partnerPort, string embedPath, bool partnerAllowed)
    {
        var settings = new Dictionary<string, string?>();
        if (partnerAllowed)
        {
            settings["WebChannel:PartnerOrigins:0"] = PartnerSite.Origin(partnerPort);
        }

        return Start(settings, services => services.AddSingleton<IStartupFilter>(new PartnerSite.PageFilter(embedPath)), new IPEndPoint(PartnerSite.Address, partnerPort));
    }

    private static ChatSite Start(IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? services, IPEndPoint? extraListener)
    {
        var site = new ChatSite(settings ?? new Dictionary<string, string?>(), services);
        site.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            if (extraListener is not null)
            {
                kestrel.Listen(extraListener);
            }
        });
        site.StartServer();
        var addresses = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        site.BaseAddress = new Uri(addresses.First(address => address.Contains("127.0.0.1", StringComparison.Ordinal)));
        return site;
    }

    public string Url(string pathAndQuery) => new Uri(BaseAddress, pathAndQuery).ToString();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:Provider", "Memory");
        builder.UseSetting("Storage:Timeout", "00:00:30");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Server.Kestrel", "Error");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}
