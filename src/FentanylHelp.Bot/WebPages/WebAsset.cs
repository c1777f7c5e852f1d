using System.IO.Compression;
using System.Security.Cryptography;

namespace FentanylHelp.Bot.WebPages;

/// <summary>
/// One static file of the page, held in memory with its version hash, and compressed once (gzip and Brotli)
/// the first time a browser asks for it that way: the Web Chat bundle is 3.9 MB raw and under 1 MB gzipped.
/// </summary>
public sealed class WebAsset
{
    private readonly Lazy<byte[]> gzip;
    private readonly Lazy<byte[]> brotli;

    public WebAsset(string path, string contentType, byte[] content)
    {
        Path = path;
        ContentType = contentType;
        Content = content;
        Version = Convert.ToHexStringLower(SHA256.HashData(content))[..12];
        gzip = new Lazy<byte[]>(() => Compress(content, stream => new GZipStream(stream, CompressionLevel.SmallestSize)));
        brotli = new Lazy<byte[]>(() => Compress(content, stream => new BrotliStream(stream, CompressionLevel.Optimal)));
    }

    /// <summary>The path under /assets/, for example "lib/webchat.js".</summary>
    public string Path { get; }

    public string ContentType { get; }

    public byte[] Content { get; }

    /// <summary>A short content hash: the page links <c>?v=</c> it, so a changed file is a new URL.</summary>
    public string Version { get; }

    public string ETag => $"\"{Version}\"";

    public string Url => $"/assets/{Path}?v={Version}";

    public byte[] Gzip => gzip.Value;

    public byte[] Brotli => brotli.Value;

    private static byte[] Compress(byte[] content, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var compressing = compressor(output))
        {
            compressing.Write(content);
        }

        return output.ToArray();
    }
}
