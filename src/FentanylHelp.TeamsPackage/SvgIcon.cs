using System.Globalization;
using System.Xml.Linq;
using SkiaSharp;

namespace FentanylHelp.TeamsPackage;

/// <summary>
/// Renders the icons' source drawings (teamsAppManifest/icons/*.svg) to PNG. It reads a deliberately small
/// part of SVG (rect, circle and path, with fill, stroke, stroke-width, stroke-linecap, stroke-linejoin,
/// fill-rule), and refuses anything else, so what is committed is exactly what is drawn.
/// </summary>
internal static class SvgIcon
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>A transparent PNG of the drawing scaled to <paramref name="size"/>×<paramref name="size"/>.</summary>
    /// <param name="whiteOnly">Every visible pixel made pure white (Teams' outline icon); only its coverage is kept.</param>
    public static byte[] RenderPng(string svgText, int size, bool whiteOnly)
    {
        var root = XDocument.Parse(svgText).Root;
        if (root is null || root.Name != Svg + "svg")
        {
            throw new InvalidDataException("The icon is not an SVG document.");
        }

        var viewBox = Numbers(Attribute(root, "viewBox") ?? throw new InvalidDataException("The icon's <svg> needs a viewBox."));
        if (viewBox.Length != 4 || viewBox[2] <= 0 || viewBox[3] <= 0)
        {
            throw new InvalidDataException("The icon's viewBox must be 'x y width height'.");
        }

        var premultiplied = new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(premultiplied);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        canvas.Scale(size / viewBox[2], size / viewBox[3]);
        canvas.Translate(-viewBox[0], -viewBox[1]);
        foreach (var element in root.Elements())
        {
            Draw(canvas, element);
        }

        var straight = new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(straight);
        if (!surface.ReadPixels(straight, bitmap.GetPixels(), straight.RowBytes, 0, 0))
        {
            throw new InvalidOperationException("Could not read the rendered icon.");
        }

        var pixels = bitmap.GetPixelSpan().ToArray();

        if (whiteOnly)
        {
            for (var index = 0; index < pixels.Length; index += 4)
            {
                var alpha = pixels[index + 3];
                pixels[index] = pixels[index + 1] = pixels[index + 2] = alpha == 0 ? (byte)0 : (byte)255;
            }
        }

        using var image = SKImage.FromPixelCopy(straight, pixels);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void Draw(SKCanvas canvas, XElement element)
    {
        using var path = element.Name.LocalName switch
        {
            "rect" => Rect(element),
            "circle" => Circle(element),
            "path" => SKPath.ParseSvgPathData(Attribute(element, "d") ?? string.Empty)
                ?? throw new InvalidDataException($"Line {Line(element)}: the path data cannot be read."),
            "title" or "desc" => null,
            var other => throw new InvalidDataException($"Line {Line(element)}: <{other}> is not drawn by this renderer; use rect, circle or path."),
        };
        if (path is null)
        {
            return;
        }

        path.FillType = Attribute(element, "fill-rule") == "evenodd" ? SKPathFillType.EvenOdd : SKPathFillType.Winding;
        if (Paint(element, "fill", SKColors.Black) is { } fill)
        {
            using var paint = new SKPaint { Color = fill, IsAntialias = true, Style = SKPaintStyle.Fill };
            canvas.DrawPath(path, paint);
        }

        if (Paint(element, "stroke", null) is { } stroke)
        {
            using var paint = new SKPaint
            {
                Color = stroke,
                IsAntialias = true,
                Style = SKPaintStyle.Stroke,
                StrokeWidth = Number(element, "stroke-width", 1),
                StrokeCap = Attribute(element, "stroke-linecap") switch { "round" => SKStrokeCap.Round, "square" => SKStrokeCap.Square, _ => SKStrokeCap.Butt },
                StrokeJoin = Attribute(element, "stroke-linejoin") switch { "round" => SKStrokeJoin.Round, "bevel" => SKStrokeJoin.Bevel, _ => SKStrokeJoin.Miter },
            };
            canvas.DrawPath(path, paint);
        }
    }

    private static SKPath Rect(XElement element)
    {
        using var builder = new SKPathBuilder();
        var rect = SKRect.Create(Number(element, "x", 0), Number(element, "y", 0), Number(element, "width", 0), Number(element, "height", 0));
        var rx = Number(element, "rx", Number(element, "ry", 0));
        var ry = Number(element, "ry", rx);
        builder.AddRoundRect(new SKRoundRect(rect, rx, ry));
        return builder.Detach();
    }

    private static SKPath Circle(XElement element)
    {
        using var builder = new SKPathBuilder();
        builder.AddCircle(Number(element, "cx", 0), Number(element, "cy", 0), Number(element, "r", 0));
        return builder.Detach();
    }

    /// <summary>"none", "#rrggbb", "white" or "black"; the default when the attribute is missing.</summary>
    private static SKColor? Paint(XElement element, string name, SKColor? fallback) => Attribute(element, name) switch
    {
        null => fallback,
        "none" => null,
        "white" => SKColors.White,
        "black" => SKColors.Black,
        var color when color.Length == 7 && color[0] == '#' && SKColor.TryParse(color, out var parsed) => parsed,
        var other => throw new InvalidDataException($"Line {Line(element)}: {name}='{other}' is not a colour this renderer reads (#rrggbb, white, black, none)."),
    };

    private static float Number(XElement element, string name, float fallback) =>
        Attribute(element, name) is { } text ? Numbers(text).Single() : fallback;

    private static float[] Numbers(string text) =>
        [.. text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(part => float.Parse(part, NumberStyles.Float, CultureInfo.InvariantCulture))];

    private static string? Attribute(XElement element, string name) => element.Attribute(name)?.Value.Trim();

    private static int Line(XElement element) => ((System.Xml.IXmlLineInfo)element).LineNumber;
}
