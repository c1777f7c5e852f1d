using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FentanylHelp.Bot.BrowserTests;

/// <summary>
/// A partner's web page for the embed tests, on another loopback address (127.0.0.2) so it is another origin
/// than the bot (127.0.0.1) while both stay on this machine. It shows the README's iframe snippet.
/// </summary>
internal static class PartnerSite
{
    public const string PagePath = "/partner-test-page";
    public static readonly IPAddress Address = IPAddress.Parse("127.0.0.2");

    /// <summary>A free port on the partner address, chosen before the app starts so settings can name the origin.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(Address, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public static string Origin(int port) => $"http://{Address}:{port}";

    /// <summary>Serves the partner page on the partner address only; the iframe points at the bot's own address.</summary>
    public sealed class PageFilter(string embedPath) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Path == PagePath && context.Connection.LocalIpAddress?.Equals(Address) == true)
                {
                    var bot = context.RequestServices.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
                        .First(address => address.Contains("127.0.0.1", StringComparison.Ordinal));
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.WriteAsync(Html(bot.TrimEnd('/') + embedPath));
                    return;
                }

                await nextMiddleware(context);
            });
            next(app);
        };

        private static string Html(string chatUrl) => $"""
            <!doctype html><html><head><title>County Health</title></head>
            <body style="font-family:sans-serif;margin:2rem;background:#f6f6f0">
            <h2>County Health: Overdose prevention</h2>
            <p>Questions about fentanyl? Ask our chat.</p>
            <iframe src="{chatUrl}" title="Fentanyl Facts &amp; Help chat" style="width:100%;max-width:420px;height:640px;border:1px solid #ccc;border-radius:8px"></iframe>
            </body></html>
            """;
    }
}
