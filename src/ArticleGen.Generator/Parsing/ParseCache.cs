using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArticleGen.Generator.Parsing
{
    /// <summary>
    /// Roslyn re-runs the [ArticleLayout] transform of every record on every new compilation, that is on every
    /// keystroke anywhere in the project, and on a new compilation every symbol is bound afresh. A record's
    /// <see cref="ParseResult"/> depends only on the syntax trees that declare it and the source types its
    /// members reach, on the references and options, and on the names a type name could bind to. When none of
    /// these changed, the previous result is still the answer, and this cache gives it back without binding.
    /// Keyed on the declaration node: an edited file is a new tree with new nodes, so its records are read again.
    /// </summary>
    internal static class ParseCache
    {
        private static readonly ConditionalWeakTable<TypeDeclarationSyntax, Entry> Entries = new ConditionalWeakTable<TypeDeclarationSyntax, Entry>();

        private static Fingerprint? s_last;

        public static Entry Of(TypeDeclarationSyntax declaration) => Entries.GetValue(declaration, static _ => new Entry());

        internal sealed class Result
        {
            public Result(Fingerprint fingerprint, SyntaxTree[] dependencies, SyntaxTree[] typeTrees, ParseResult parse)
            {
                Fingerprint = fingerprint;
                Dependencies = dependencies;
                TypeTrees = typeTrees;
                Parse = parse;
            }

            public Fingerprint Fingerprint { get; }

            public SyntaxTree[] Dependencies { get; }

            public SyntaxTree[] TypeTrees { get; }

            public ParseResult Parse { get; }
        }

        internal sealed class Entry
        {
            private Result? _result;

            public Result? Get(Fingerprint fingerprint, Compilation compilation, INamedTypeSymbol type)
            {
                Result? result = Volatile.Read(ref _result);
                if (result is null || !result.Fingerprint.Equals(fingerprint))
                {
                    return null;
                }

                foreach (SyntaxTree tree in result.Dependencies)
                {
                    if (!compilation.ContainsSyntaxTree(tree))
                    {
                        return null;
                    }
                }

                // A partial part of the record added in another file changes it without changing any tree above.
                ImmutableArray<SyntaxReference> parts = type.DeclaringSyntaxReferences;
                if (parts.Length != result.TypeTrees.Length)
                {
                    return null;
                }

                for (int i = 0; i < parts.Length; i++)
                {
                    if (parts[i].SyntaxTree != result.TypeTrees[i])
                    {
                        return null;
                    }
                }

                return result;
            }

            public void Set(Fingerprint fingerprint, SyntaxTree[] dependencies, INamedTypeSymbol type, ParseResult parse)
                => Volatile.Write(ref _result, new Result(fingerprint, dependencies, type.DeclaringSyntaxReferences.Select(r => r.SyntaxTree).ToArray(), parse));
        }

        /// <summary>
        /// The trees declaring the record and every source type reachable through the members of the types on
        /// the way (member types, list elements, type arguments, nested layouts and their members, base types and variants).
        /// </summary>
        public static SyntaxTree[] Dependencies(INamedTypeSymbol type)
        {
            var trees = new HashSet<SyntaxTree>();
            var seen = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            var pending = new Stack<ITypeSymbol>();
            pending.Push(type);
            while (pending.Count > 0)
            {
                ITypeSymbol current = pending.Pop();
                if (current is IArrayTypeSymbol array)
                {
                    pending.Push(array.ElementType);
                    continue;
                }

                if (current is not INamedTypeSymbol named || !seen.Add(named.OriginalDefinition))
                {
                    continue;
                }

                foreach (ITypeSymbol argument in named.TypeArguments)
                {
                    pending.Push(argument);
                }

                if (named.DeclaringSyntaxReferences.Length == 0)
                {
                    continue; // metadata: covered by the references
                }

                foreach (SyntaxReference reference in named.OriginalDefinition.DeclaringSyntaxReferences)
                {
                    trees.Add(reference.SyntaxTree);
                }

                for (INamedTypeSymbol? container = named.ContainingType; container is not null; container = container.ContainingType)
                {
                    pending.Push(container);
                }

                // A variant is read as its base lists it; a base with [ArticleVariant]s is read by its variants.
                if (named.BaseType is { } baseType)
                {
                    pending.Push(baseType);
                }

                foreach (INamedTypeSymbol variant in Parser.VariantTypes(named))
                {
                    pending.Push(variant);
                }

                foreach (ISymbol member in named.GetMembers())
                {
                    switch (member)
                    {
                        case IPropertySymbol property:
                            pending.Push(property.Type);
                            break;
                        case IFieldSymbol field:
                            pending.Push(field.Type);
                            break;
                    }
                }
            }

            return trees.ToArray();
        }

        /// <summary>
        /// What every record's reading shares with the rest of the compilation: references, options, the names
        /// declared anywhere in source (a new type elsewhere could capture a type name) and the global usings.
        /// Equal fingerprints are made the same object, so most comparisons are one reference comparison.
        /// </summary>
        internal sealed class Fingerprint : IEquatable<Fingerprint>
        {
            private readonly MetadataReference[] _references;
            private readonly CompilationOptions _options;
            private readonly string[] _names;
            private readonly string[] _globalUsings;
            private readonly int _hash;

            private Fingerprint(MetadataReference[] references, CompilationOptions options, string[] names, string[] globalUsings)
            {
                _references = references;
                _options = options;
                _names = names;
                _globalUsings = globalUsings;
                int hash = references.Length;
                foreach (string name in names)
                {
                    hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(name));
                }

                foreach (string directive in globalUsings)
                {
                    hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(directive));
                }

                _hash = hash;
            }

            public static Fingerprint Of(Compilation compilation)
            {
                string[] names = compilation.Assembly.TypeNames.Concat(compilation.Assembly.NamespaceNames).OrderBy(n => n, StringComparer.Ordinal).ToArray();
                var globalUsings = new List<string>();
                foreach (SyntaxTree tree in compilation.SyntaxTrees)
                {
                    if (tree.GetRoot() is CompilationUnitSyntax unit)
                    {
                        foreach (UsingDirectiveSyntax directive in unit.Usings)
                        {
                            if (directive.GlobalKeyword.RawKind != 0 && !directive.GlobalKeyword.IsMissing)
                            {
                                globalUsings.Add(directive.ToString());
                            }
                        }
                    }
                }

                globalUsings.Sort(StringComparer.Ordinal);
                var fingerprint = new Fingerprint(compilation.References.ToArray(), compilation.Options, names, globalUsings.ToArray());
                Fingerprint? last = Volatile.Read(ref s_last);
                if (last is not null && last.Equals(fingerprint))
                {
                    return last;
                }

                Volatile.Write(ref s_last, fingerprint);
                return fingerprint;
            }

            public bool Equals(Fingerprint? other)
            {
                if (ReferenceEquals(this, other))
                {
                    return true;
                }

                if (other is null || _hash != other._hash || _references.Length != other._references.Length || !_options.Equals(other._options)
                    || !_names.SequenceEqual(other._names, StringComparer.Ordinal) || !_globalUsings.SequenceEqual(other._globalUsings, StringComparer.Ordinal))
                {
                    return false;
                }

                for (int i = 0; i < _references.Length; i++)
                {
                    if (!ReferenceEquals(_references[i], other._references[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            public override bool Equals(object? obj) => Equals(obj as Fingerprint);

            public override int GetHashCode() => _hash;
        }
    }
}
