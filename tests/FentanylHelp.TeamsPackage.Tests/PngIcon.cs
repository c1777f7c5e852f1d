using System.Buffers.Binary;
using SkiaSharp;

namespace FentanylHelp.TeamsPackage.Tests;

/// <summary>What Teams requires of the icons, read from the PNG bytes: size and colour type from the IHDR chunk, then every pixel.</summary>
internal static class PngIcon
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>PNG colour type 6: red, green, blue and alpha.</summary>
    private const byte Rgba = 6;

    public static (int Width, int Height, byte ColorType) Header(byte[] png)
    {
        if (png.Length < 33 || !png.AsSpan(0, 8).SequenceEqual(Signature) || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new InvalidDataException("not a PNG file");
        }

        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)), png[25]);
    }

    /// <summary>Problems of a colour icon: it must be 192×192.</summary>
    public static IReadOnlyList<string> ColorProblems(byte[] png)
    {
        var (width, height, _) = Header(png);
        return width == 192 && height == 192 ? [] : [$"the colour icon is {width}×{height}, not 192×192"];
    }

    /// <summary>Problems of an outline icon: 32×32, with alpha, only white or fully transparent pixels, some of each.</summary>
    public static IReadOnlyList<string> OutlineProblems(byte[] png)
    {
        var problems = new List<string>();
        var (width, height, colorType) = Header(png);
        if (width != 32 || height != 32)
        {
            problems.Add($"the outline icon is {width}×{height}, not 32×32");
        }

        if (colorType != Rgba)
        {
            problems.Add($"the outline icon has PNG colour type {colorType}, not 6 (RGBA): it cannot be transparent");
        }

        using var bitmap = SKBitmap.Decode(SKCodec.Create(new SKMemoryStream(png)), new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var pixels = bitmap.GetPixelSpan();
        int transparent = 0, white = 0, other = 0;
        for (var index = 0; index < pixels.Length; index += 4)
        {
            if (pixels[index + 3] == 0)
            {
                transparent++;
            }
            else if (pixels[index] == 255 && pixels[index + 1] == 255 && pixels[index + 2] == 255)
            {
                white++;
            }
            else
            {
                other++;
            }
        }

        if (other > 0)
        {
            problems.Add($"the outline icon has {other} pixels that are neither white nor transparent");
        }

        if (transparent == 0 || white == 0)
        {
            problems.Add($"the outline icon needs a drawing on a transparent background ({white} white, {transparent} transparent pixels)");
        }

        return problems;
    }

    /// <summary>A PNG of the given size filled with one colour (for planted failures).</summary>
    public static byte[] Filled(int size, SKColor color, SKAlphaType alphaType = SKAlphaType.Unpremul)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(size, size, SKColorType.Rgba8888, alphaType));
        bitmap.Erase(color);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
