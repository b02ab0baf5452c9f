using System;
using System.Linq;
using System.Globalization;
using ArticleGen.Generator.Model;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Generator.Parsing
{
    /// <summary>Checks <c>{Member:format}</c> at compile time where the format's meaning is known.</summary>
    internal static class FormatChecker
    {
        private const string DateSpecifiers = "dgyM";
        private const string TimeSpecifiers = "hHmsfFtzK";

        public static bool IsValid(ValueKind kind, ITypeSymbol type, string format, out string? problem)
        {
            problem = null;
            switch (kind)
            {
                case ValueKind.String:
                case ValueKind.Memory:
                case ValueKind.Utf8Memory:
                case ValueKind.Nested:
                case ValueKind.Boolean:
                    problem = "a " + type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + " member is written as it is and takes no format; remove ':" + format + "'";
                    return false;
                case ValueKind.Enum:
                    if (format is "G" or "g" or "D" or "d" or "X" or "x" or "F" or "f")
                    {
                        return true;
                    }

                    problem = "enum formats are G, D, X and F";
                    return false;
                case ValueKind.DateOnlyExact:
                    return CheckDate(format, forbidden: TimeSpecifiers, "a DateOnly has no time of day", out problem);
                case ValueKind.TimeOnlyExact:
                    return CheckDate(format, forbidden: DateSpecifiers + "zK", "a TimeOnly has no date or offset", out problem);
                case ValueKind.DateTimeExact:
                case ValueKind.DateTimeOffsetExact:
                    return CheckDate(format, forbidden: string.Empty, string.Empty, out problem);
                case ValueKind.Integer:
                case ValueKind.Float:
                    return CheckNumber(kind, format, out problem);
                case ValueKind.SpanParsable:
                    return CheckKnownType(type, format, out problem);
                default:
                    return true;
            }
        }

        /// <summary>
        /// For a date or time format that drops part of the value (a DateTime written as "yyyy-MM-dd" loses its
        /// time), a format that keeps it all; null when the format keeps everything or is not a date format.
        /// </summary>
        public static string? LosslessAlternative(ValueKind kind, string? format)
        {
            if (format is null || format is "O" or "o")
            {
                return null;
            }

            string letters = Unquoted(format);
            bool Has(string any) => any.Any(c => letters.IndexOf(c) >= 0);
            bool date = Has("y") && Has("M") && Has("d");
            bool time = (Has("H") || (Has("h") && Has("t"))) && Has("m") && Has("s") && letters.Count(c => c is 'f' or 'F') >= 7;
            return kind switch
            {
                ValueKind.DateOnlyExact when format.Length > 1 && !date => "yyyy-MM-dd",
                ValueKind.TimeOnlyExact when !time => "HH:mm:ss.FFFFFFF",
                ValueKind.DateTimeExact when !(date && time) => "O",
                ValueKind.DateTimeOffsetExact when !(date && time && Has("zK")) => "O",
                _ => null,
            };
        }

        private static string Unquoted(string format)
        {
            var letters = new System.Text.StringBuilder();
            char quote = '\0';
            for (int i = 0; i < format.Length; i++)
            {
                char c = format[i];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c == '\\')
                {
                    i++;
                }
                else if (c is '\'' or '"')
                {
                    quote = c;
                }
                else
                {
                    letters.Append(c);
                }
            }

            return letters.ToString();
        }

        private static bool CheckDate(string format, string forbidden, string why, out string? problem)
        {
            problem = null;
            if (format.Length > 1 || forbidden.Length > 0)
            {
                bool quoted = false;
                char quote = '\0';
                for (int i = 0; i < format.Length; i++)
                {
                    char c = format[i];
                    if (c == '\\')
                    {
                        i++;
                        continue;
                    }

                    if (quoted)
                    {
                        quoted = c != quote;
                        continue;
                    }

                    if (c == '\'' || c == '"')
                    {
                        quoted = true;
                        quote = c;
                        continue;
                    }

                    if (format.Length > 1 && forbidden.IndexOf(c) >= 0)
                    {
                        problem = "'" + c + "' is not allowed: " + why;
                        return false;
                    }
                }
            }

            try
            {
                new DateTimeOffset(2001, 2, 3, 4, 5, 6, 789, TimeSpan.Zero).ToString(format, CultureInfo.InvariantCulture);
                return true;
            }
            catch (FormatException)
            {
                problem = "it is not a valid date and time format";
                return false;
            }
        }

        /// <summary>
        /// The BCL types read as <see cref="ValueKind.SpanParsable"/> whose format grammar is known; any other
        /// type's format is its own business (a FormatException from it becomes an ArgumentException at run time).
        /// </summary>
        private static bool CheckKnownType(ITypeSymbol type, string format, out string? problem)
        {
            problem = null;
            switch (type.ToDisplayString())
            {
                case "System.Guid":
                    if (format.Length == 1 && "NnDdBbPpXx".IndexOf(format[0]) >= 0)
                    {
                        return true;
                    }

                    problem = "Guid formats are N, D, B, P and X";
                    return false;
                case "System.TimeSpan":
                    try
                    {
                        new TimeSpan(1, 2, 3, 4, 567).ToString(format, CultureInfo.InvariantCulture);
                        return true;
                    }
                    catch (FormatException)
                    {
                        problem = "it is not a valid TimeSpan format (standard c, g and G, or a custom format such as hh\\:mm)";
                        return false;
                    }

                case "System.Int128":
                case "System.UInt128":
                case "System.Numerics.BigInteger":
                case "nint":
                case "nuint":
                    return CheckNumber(ValueKind.Integer, format, out problem);
                case "System.Half":
                case "System.Runtime.InteropServices.NFloat":
                    return CheckNumber(ValueKind.Float, format, out problem);
                default:
                    return true;
            }
        }

        /// <summary>Tries the format on a sample of the kind (the parser already sorted integers from floating point).</summary>
        private static bool CheckNumber(ValueKind kind, string format, out string? problem)
        {
            problem = null;
            try
            {
                _ = kind switch
                {
                    ValueKind.Integer => 12345L.ToString(format, CultureInfo.InvariantCulture),
                    _ => 12345.678.ToString(format, CultureInfo.InvariantCulture),
                };
                return true;
            }
            catch (FormatException)
            {
                problem = "it is not a valid numeric format";
                return false;
            }
        }
    }
}
