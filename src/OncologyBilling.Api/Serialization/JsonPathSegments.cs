using System.Globalization;

namespace OncologyBilling.Api.Serialization;

/// <summary>
/// The serializer's JSON path (<c>$.administrations[0].drug</c>, <c>$['odd.name']</c>) as segments: a string is a
/// property name, an int an array index. Null when the path has another shape.
/// </summary>
internal static class JsonPathSegments
{
    public static IReadOnlyList<object>? Parse(string? path)
    {
        if (string.IsNullOrEmpty(path) || path[0] != '$')
        {
            return null;
        }

        var segments = new List<object>();
        var i = 1;
        while (i < path.Length)
        {
            var end = path[i] switch
            {
                '.' => Name(path, i, segments),
                '[' when i + 1 < path.Length && path[i + 1] == '\'' => QuotedName(path, i, segments),
                '[' => Index(path, i, segments),
                _ => -1,
            };
            if (end < 0)
            {
                return null;
            }

            i = end;
        }

        return segments;
    }

    private static int Name(string path, int dot, List<object> segments)
    {
        var end = path.IndexOfAny(['.', '['], dot + 1);
        end = end < 0 ? path.Length : end;
        segments.Add(path[(dot + 1)..end]);
        return end;
    }

    private static int QuotedName(string path, int open, List<object> segments)
    {
        var close = path.IndexOf("']", open + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            return -1;
        }

        segments.Add(path[(open + 2)..close]);
        return close + 2;
    }

    private static int Index(string path, int open, List<object> segments)
    {
        var close = path.IndexOf(']', open);
        if (close < 0 || !int.TryParse(path.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return -1;
        }

        segments.Add(index);
        return close + 1;
    }
}
