using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Emitting
{
    /// <summary>The code that turns one captured piece of text into a member's value, and the value back into text.</summary>
    internal static class ValueCode
    {
        private const string Rt = EmitContext.Runtime;

        /// <summary>Whether the value needs a conversion that can fail (and so a <c>__TryRead</c> helper).</summary>
        public static bool IsTyped(MemberModel member)
            => member.Kind is not (ValueKind.String or ValueKind.Memory or ValueKind.Utf8Memory or ValueKind.Nested);

        public static string HelperName(MemberModel member) => "__TryRead" + member.Name;

        /// <summary>The helper that reads the value from text of <paramref name="unit"/>: <c>__TryReadDate</c>, <c>__TryReadDateUtf8</c>.</summary>
        public static string HelperName(MemberModel member, CodeUnit unit) => HelperName(member) + unit.Suffix;

        /// <summary>What the layout expected, for a conversion error: <c>Date as a DateOnly in the format "yyyy-MM-dd"</c>.</summary>
        public static string Expected(MemberModel member, string? format)
        {
            string what = (member.IsList ? "an item of " : string.Empty) + member.Name + " as " + Article(EmitContext.ShortTypeName(member));
            string? shown = format ?? member.DefaultFormat;
            return shown is not null && member.Kind is ValueKind.DateOnlyExact or ValueKind.TimeOnlyExact or ValueKind.DateTimeExact or ValueKind.DateTimeOffsetExact
                ? what + " in the format \"" + shown + "\""
                : what;
        }

        private static string Article(string noun) => ("AEIOUaeiou".IndexOf(noun[0]) >= 0 ? "an " : "a ") + noun;

        /// <summary>A format read and written by digit code rather than by the BCL.</summary>
        private enum Compiled
        {
            None,
            Integer,
            IsoDate,
            HourMinute,
            HourMinuteSecond,
            IsoDateHourMinute,
        }

        /// <summary>
        /// Which compiled format reads and writes this value, if any: plain and "D" integers (sign and digits, as
        /// <c>NumberStyles.AllowLeadingSign</c> reads them), and the fixed-width date and time formats. These are
        /// lossless by construction (or, for times, once the value is checked to hold no smaller unit), so their
        /// written text needs no read-back.
        /// </summary>
        private static Compiled CompiledFormat(MemberModel member, string? format)
        {
            string? exact = format ?? member.DefaultFormat;
            return member.Kind switch
            {
                ValueKind.Integer when format is null || IsDecimalFormat(format) => Compiled.Integer,
                ValueKind.DateOnlyExact when exact == "yyyy-MM-dd" => Compiled.IsoDate,
                ValueKind.TimeOnlyExact when exact == "HH:mm" => Compiled.HourMinute,
                ValueKind.TimeOnlyExact when exact == "HH:mm:ss" => Compiled.HourMinuteSecond,
                ValueKind.DateTimeExact when exact == "yyyy-MM-dd HH:mm" => Compiled.IsoDateHourMinute,
                _ => Compiled.None,
            };
        }

        /// <summary>"D", "d" or "D" with a precision of up to two digits: sign and digits, zero-padded.</summary>
        private static bool IsDecimalFormat(string format)
        {
            if (format.Length is 0 or > 3 || format[0] is not ('D' or 'd'))
            {
                return false;
            }

            for (int i = 1; i < format.Length; i++)
            {
                if (format[i] is < '0' or > '9')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The <c>__TryRead</c> helper shared by the parser and by the formatter's read-back check.</summary>
        public static void EmitReadHelper(SourceWriter w, MemberModel member, string? format)
        {
            string type = member.ValueTypeName;
            string? exact = format ?? member.DefaultFormat;
            string body = CompiledFormat(member, format) switch
            {
                Compiled.Integer => $"{Rt}CompiledFormats.TryReadInteger<{type}>(text, out value)",
                Compiled.IsoDate => $"{Rt}CompiledFormats.TryReadIsoDate(text, out value)",
                Compiled.HourMinute => $"{Rt}CompiledFormats.TryReadHourMinute(text, out value)",
                Compiled.HourMinuteSecond => $"{Rt}CompiledFormats.TryReadHourMinuteSecond(text, out value)",
                Compiled.IsoDateHourMinute => $"{Rt}CompiledFormats.TryReadIsoDateHourMinute(text, out value)",
                _ => BclRead(member, format, exact),
            };
            w.Line($"private static bool {HelperName(member)}({EmitContext.ReadOnlySpanOfChar} text, out {type} value) => {body};");
        }

        /// <summary>
        /// The <c>__TryRead...Utf8</c> helper of the byte materializer: a compiled format reads the bytes themselves;
        /// any other format decodes the value's few bytes and reads the characters with the text helper.
        /// </summary>
        public static void EmitUtf8ReadHelper(SourceWriter w, MemberModel member, string? format)
        {
            string type = member.ValueTypeName;
            string? body = CompiledFormat(member, format) switch
            {
                Compiled.Integer => $"{Rt}CompiledFormats.TryReadInteger<{type}>(utf8, out value)",
                Compiled.IsoDate => $"{Rt}CompiledFormats.TryReadIsoDate(utf8, out value)",
                Compiled.HourMinute => $"{Rt}CompiledFormats.TryReadHourMinute(utf8, out value)",
                Compiled.HourMinuteSecond => $"{Rt}CompiledFormats.TryReadHourMinuteSecond(utf8, out value)",
                Compiled.IsoDateHourMinute => $"{Rt}CompiledFormats.TryReadIsoDateHourMinute(utf8, out value)",
                _ => null,
            };
            string signature = $"private static bool {HelperName(member, CodeUnit.Utf8)}(global::System.ReadOnlySpan<byte> utf8, out {type} value)";
            if (body is not null)
            {
                w.Line($"{signature} => {body};");
                return;
            }

            using (w.Block(signature))
            {
                w.Line("// This format is read by the BCL, from characters: decode the value's bytes (strictly; at most one char a byte).");
                w.Line("global::System.Span<char> chars = utf8.Length <= 256 ? stackalloc char[utf8.Length] : new char[utf8.Length];");
                w.Line($"if (!{Rt}ArticleText.TryDecode(utf8, chars, out int written))");
                w.Line("{");
                w.Line("    value = default;");
                w.Line("    return false;");
                w.Line("}");
                w.Line();
                w.Line($"return {HelperName(member)}(chars.Slice(0, written), out value);");
            }
        }

        /// <summary>The BCL call that reads every other format, in exactly the styles its format writes.</summary>
        private static string BclRead(MemberModel member, string? format, string? exact)
        {
            string type = member.ValueTypeName;
            return member.Kind switch
            {
                ValueKind.Enum => $"{Rt}SpanValues.TryParseEnum<{type}>(text, out value)",
                ValueKind.Boolean => $"{Rt}SpanValues.TryParseBoolean(text, out value)",
                ValueKind.Integer or ValueKind.Float => $"{Rt}SpanValues.TryParseNumber<{type}>(text, {NumberStyles(member.Kind, format)}, out value)",
                ValueKind.SpanParsable => $"{Rt}SpanValues.TryParse<{type}>(text, out value)",
                _ => $"{Rt}SpanValues.TryParseExact(text, {EmitContext.Quote(exact ?? "O")}, out value)",
            };
        }

        /// <summary>
        /// What a number's text may hold: exactly what its format writes, and nothing looser that would change
        /// its meaning. Invariant <c>ToString()</c> writes a sign and digits (and a point and exponent for
        /// floating point); group separators appear only with an "N" format, hex digits only with "X".
        /// </summary>
        private static string NumberStyles(ValueKind kind, string? format)
        {
            const string Styles = "global::System.Globalization.NumberStyles.";
            char specifier = format is { Length: > 0 } ? char.ToUpperInvariant(format[0]) : '\0';
            bool standard = format is null || format.Length == 1 || (format.Length > 1 && char.IsDigit(format[1]));
            if (kind == ValueKind.Integer && standard && specifier == 'X')
            {
                return Styles + "AllowHexSpecifier";
            }

            string styles = Styles + "AllowLeadingSign";
            if (kind == ValueKind.Float)
            {
                styles += " | " + Styles + "AllowDecimalPoint | " + Styles + "AllowExponent";
            }

            // A custom format ("#,##0") may write group separators too.
            bool grouped = (standard && specifier == 'N') || (!standard && format!.IndexOf(',') >= 0);
            return grouped ? styles + " | " + Styles + "AllowThousands" : styles;
        }

        /// <summary>Statements that read <c>text.Slice(start, length)</c> into <paramref name="target"/>, or fail.</summary>
        public static void EmitRead(EmitContext c, MemberModel member, string? format, string start, string length, string target)
        {
            var w = c.W;
            string slice = $"text.Slice({start}, {length})";
            bool utf8 = c.Unit.IsUtf8;
            switch (member.Kind)
            {
                case ValueKind.String when utf8:
                case ValueKind.Memory when utf8:
                    string decoded = c.Fresh("decoded");
                    string call = member.Kind == ValueKind.String ? $"TryDecode({slice}, out string? {decoded})" : $"TryDecodeMemory({slice}, out global::System.ReadOnlyMemory<char> {decoded})";
                    w.Line($"if (!{Rt}ArticleText.{call})");
                    w.Line("{");
                    w.Line("    // Not valid UTF-8 (validated here, value by value): Parse reports the first invalid byte.");
                    w.Line($"    return error.FailValue(offset + {start}, {length}, \"valid UTF-8\", {EmitContext.Quote(member.Name)}, {c.TypeLiteral});");
                    w.Line("}");
                    w.Line();
                    w.Line($"{target} = {decoded};");
                    break;
                case ValueKind.Utf8Memory:
                    // The bytes themselves: a slice of the caller's memory where there is one (backing), else a copy.
                    // From text, the value's UTF-8 encoding (a copy); a lone surrogate has none.
                    string bytes = c.Fresh("bytes");
                    string call8 = utf8
                        ? $"TryUtf8Memory(text, backing, {start}, {length}, out global::System.ReadOnlyMemory<byte> {bytes})"
                        : $"TryEncodeMemory({slice}, out global::System.ReadOnlyMemory<byte> {bytes})";
                    w.Line($"if (!{Rt}ArticleText.{call8})");
                    w.Line("{");
                    string expected8 = EmitContext.Quote(utf8 ? "valid UTF-8" : "text with a UTF-8 form (no lone surrogate)");
                    w.Line($"    return error.FailValue(offset + {start}, {length}, {expected8}, {EmitContext.Quote(member.Name)}, {c.TypeLiteral});");
                    w.Line("}");
                    w.Line();
                    w.Line($"{target} = {bytes};");
                    break;
                case ValueKind.String:
                    w.Line($"{target} = {slice}.ToString();");
                    break;
                case ValueKind.Memory:
                    w.Line($"{target} = {Rt}ArticleText.Memory(text, backing, {start}, {length});");
                    break;
                case ValueKind.Nested:
                    string nested = c.Fresh("nested");
                    w.Line($"if (!{member.ValueTypeName}.__ReadArticle{c.Unit.Suffix}({slice}, {Rt}ArticleText.Slice(text, backing, {start}, {length}), offset + {start}, ref error, out {member.ValueTypeName}? {nested}))");
                    w.Line("{");
                    w.Line("    return false;");
                    w.Line("}");
                    w.Line();
                    w.Line($"{target} = {nested};");
                    break;
                default:
                    string parsed = c.Fresh("parsed");
                    w.Line($"if (!{HelperName(member, c.Unit)}({slice}, out {member.ValueTypeName} {parsed}))");
                    w.Line("{");
                    w.Line($"    return error.FailValue(offset + {start}, {length}, {EmitContext.Quote(Expected(member, format))}, {EmitContext.Quote(member.Name)}, {c.TypeLiteral});");
                    w.Line("}");
                    w.Line();
                    w.Line($"{target} = {parsed};");
                    break;
            }
        }

        /// <summary>Statements that write <paramref name="value"/> (never null here) and record its span on the tape.</summary>
        public static void EmitWrite(EmitContext c, MemberModel member, string? format, string value, int check)
        {
            var w = c.W;
            string start = c.Fresh("start");
            w.Line($"int {start} = writer.Position;");
            Compiled compiled = CompiledFormat(member, format);
            switch (member.Kind)
            {
                case ValueKind.String:
                    w.Line($"writer.Write({value});");
                    break;
                case ValueKind.Memory:
                    w.Line($"writer.Write({value}.Span);");
                    break;
                case ValueKind.Utf8Memory:
                    // UTF-8 bytes written as text: decoded strictly (bytes that are not UTF-8 are an ArgumentException, never U+FFFD).
                    w.Line($"{Rt}ArticleOutput.WriteUtf8({value}.Span, ref writer, {c.TypeLiteral}, {EmitContext.Quote(member.Name)});");
                    break;
                case ValueKind.Nested:
                    string fitted = c.Fresh("fitted");
                    string written = c.Fresh("written");
                    w.Line($"bool {fitted} = {value}.__TryWriteArticle{c.Unit.Suffix}(writer.Free, out int {written}, topLevel: false);");
                    w.Line($"writer.Advance({fitted}, {written});");
                    break;
                case ValueKind.Enum:
                    w.Line($"{Rt}SpanValues.WriteEnum({value}, ref writer, {EmitContext.Quote(format ?? "G")});");
                    break;
                case ValueKind.Boolean:
                    w.Line($"{Rt}SpanValues.WriteBoolean({value}, ref writer);");
                    break;
                case ValueKind.SpanParsable when format is not null:
                    // The type's own formats: checked when written (see FormatChecker for the types checked at compile time).
                    w.Line($"{Rt}SpanValues.Write({value}, ref writer, {EmitContext.Quote(format)}, {c.TypeLiteral}, {EmitContext.Quote(member.Name)});");
                    break;
                case ValueKind.DateOnlyExact when compiled == Compiled.IsoDate:
                    w.Line($"{Rt}CompiledFormats.WriteIsoDate({value}, ref writer);");
                    break;
                case ValueKind.TimeOnlyExact when compiled == Compiled.HourMinute:
                    w.Line($"{Rt}CompiledFormats.WriteHourMinute({value}, ref writer);");
                    break;
                case ValueKind.TimeOnlyExact when compiled == Compiled.HourMinuteSecond:
                    w.Line($"{Rt}CompiledFormats.WriteHourMinuteSecond({value}, ref writer);");
                    break;
                case ValueKind.DateTimeExact when compiled == Compiled.IsoDateHourMinute:
                    w.Line($"{Rt}CompiledFormats.WriteIsoDateHourMinute({value}, ref writer);");
                    break;
                default:
                    string? shown = format ?? member.DefaultFormat;
                    w.Line($"{Rt}SpanValues.Write({value}, ref writer, {(shown is null ? "default" : EmitContext.Quote(shown))});");
                    break;
            }

            w.Line($"tape.AddSpan({start}, writer.Position - {start});");
            w.Line($"checks.Value(writer.Written, {start}, __valueChecks, {check});");
            string? unit = compiled switch
            {
                Compiled.HourMinute or Compiled.IsoDateHourMinute => "TicksPerMinute",
                Compiled.HourMinuteSecond => "TicksPerSecond",
                _ => null,
            };
            if (unit is not null)
            {
                // The digits keep everything down to the minute (second); only a smaller unit can be lost.
                w.Line($"if (!writer.Overflowed && {value}.Ticks % global::System.TimeSpan.{unit} != 0)");
                w.Line("{");
                EmitUnreadable(c, member, start);
            }
            else if (IsTyped(member) && compiled == Compiled.None)
            {
                // A typed value must read back as itself: "yyyy" would lose the month, "F0" the fraction.
                string back = c.Fresh("readBack");
                w.Line($"if (!writer.Overflowed && (!{HelperName(member, c.Unit)}(writer.Written.Slice({start}), out {member.ValueTypeName} {back}) || !global::System.Collections.Generic.EqualityComparer<{member.ValueTypeName}>.Default.Equals({back}, {value})))");
                w.Line("{");
                EmitUnreadable(c, member, start);
            }
        }

        private static void EmitUnreadable(EmitContext c, MemberModel member, string start)
        {
            // The message quotes the value's text: decoded, where the writer writes UTF-8.
            string text = c.Unit.IsUtf8 ? $"global::System.Text.Encoding.UTF8.GetString(writer.Written.Slice({start}))" : $"writer.Written.Slice({start}).ToString()";
            c.W.Line($"    throw {Rt}ArticleOutput.Unreadable({c.TypeLiteral}, {EmitContext.Quote(member.Name)}, \"its text \\\"\" + {text} + \"\\\" reads back as a different value; use a format that keeps the whole value.\");");
            c.W.Line("}");
        }

        /// <summary>
        /// The exact length <paramref name="value"/> is written with, as an expression, or null when it is known only
        /// once written. A nested layout's is its own <c>__ExactLength</c> (negative when it cannot tell).
        /// </summary>
        public static string? ExactLength(MemberModel member, string? format, string value)
            => member.Kind switch
            {
                ValueKind.String or ValueKind.Memory => $"{value}.Length",

                // Bytes: their length in characters is known only once decoded.
                ValueKind.Utf8Memory => null,
                ValueKind.Nested => $"{value}.__ExactLength(topLevel: false)",
                _ => CompiledFormat(member, format) switch
                {
                    Compiled.IsoDate => "10",
                    Compiled.HourMinute => "5",
                    Compiled.HourMinuteSecond => "8",
                    Compiled.IsoDateHourMinute => "16",
                    _ => null,
                },
            };

        /// <summary>A cheap upper-bound guess of a value's length, to size the first buffer.</summary>
        public static string Estimate(MemberModel member, string value) => member.Kind switch
        {
            ValueKind.String => $"{value}.Length",
            ValueKind.Memory => $"{value}.Length",

            // No more characters than bytes.
            ValueKind.Utf8Memory => $"{value}.Length",
            ValueKind.Nested => $"{value}.__EstimateLength()",
            _ => "32",
        };
    }
}
