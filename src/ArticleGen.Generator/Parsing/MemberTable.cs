using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace ArticleGen.Generator.Parsing
{
    /// <summary>The record's settable members and the constructor the generated parser calls.</summary>
    internal sealed class MemberTable
    {
        private readonly Dictionary<string, IPropertySymbol> _properties;

        private MemberTable(Dictionary<string, IPropertySymbol> properties, IMethodSymbol? constructor)
        {
            _properties = properties;
            Constructor = constructor;
        }

        /// <summary>The positional (primary) constructor, if the record has one with parameters.</summary>
        public IMethodSymbol? Constructor { get; }

        public static MemberTable Create(INamedTypeSymbol type)
        {
            var properties = new Dictionary<string, IPropertySymbol>(StringComparer.Ordinal);
            for (INamedTypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (IPropertySymbol property in current.GetMembers().OfType<IPropertySymbol>())
                {
                    if (!property.IsStatic && !property.IsIndexer && property.Name != "EqualityContract" && !properties.ContainsKey(property.Name))
                    {
                        properties.Add(property.Name, property);
                    }
                }
            }

            return new MemberTable(properties, PrimaryConstructor(type));
        }

        private static IMethodSymbol? PrimaryConstructor(INamedTypeSymbol type)
        {
            IMethodSymbol[] candidates = type.InstanceConstructors
                .Where(c => c.DeclaredAccessibility != Accessibility.Private && c.Parameters.Length > 0)
                .Where(c => !(c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type)))
                .ToArray();
            if (type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility != Accessibility.Private) && candidates.All(c => !IsPositional(c, type)))
            {
                return null;
            }

            return candidates.OrderByDescending(c => IsPositional(c, type)).ThenByDescending(c => c.Parameters.Length).FirstOrDefault();
        }

        private static bool IsPositional(IMethodSymbol constructor, INamedTypeSymbol type)
            => constructor.DeclaringSyntaxReferences.Any(r => type.DeclaringSyntaxReferences.Any(t => t.SyntaxTree == r.SyntaxTree && t.Span == r.Span));

        public bool TryFind(string name, out ISymbol? symbol, out ITypeSymbol? type)
        {
            if (_properties.TryGetValue(name, out IPropertySymbol? property))
            {
                symbol = property;
                type = property.Type;
                return true;
            }

            symbol = null;
            type = null;
            return false;
        }

        /// <summary>
        /// Members a user can give a value that the record's equality compares: properties with a set or init
        /// accessor and writable fields, declared in source (not the compiler's own).
        /// </summary>
        public IEnumerable<ISymbol> SettableMembers(INamedTypeSymbol type)
        {
            foreach (IPropertySymbol property in _properties.Values)
            {
                if (property.SetMethod is not null && property.Locations.Any(l => l.IsInSource))
                {
                    yield return property;
                }
            }

            foreach (IFieldSymbol field in type.GetMembers().OfType<IFieldSymbol>())
            {
                if (!field.IsStatic && !field.IsConst && !field.IsReadOnly && !field.IsImplicitlyDeclared && field.AssociatedSymbol is null)
                {
                    yield return field;
                }
            }
        }

        /// <summary>The constructor parameter a captured member is passed as, or null.</summary>
        public string? ConstructorParameterFor(string member)
        {
            if (Constructor is null)
            {
                return null;
            }

            IParameterSymbol? parameter = Constructor.Parameters.FirstOrDefault(p => p.Name == member)
                ?? Constructor.Parameters.FirstOrDefault(p => string.Equals(p.Name, member, StringComparison.OrdinalIgnoreCase));
            return parameter?.Name;
        }

        /// <summary>Members that must be given a value: constructor parameters without a default, and required properties.</summary>
        public IEnumerable<string> RequiredNames()
        {
            if (Constructor is not null)
            {
                foreach (IParameterSymbol parameter in Constructor.Parameters)
                {
                    if (!parameter.HasExplicitDefaultValue && !parameter.IsParams)
                    {
                        yield return _properties.Keys.FirstOrDefault(k => string.Equals(k, parameter.Name, StringComparison.OrdinalIgnoreCase)) ?? parameter.Name;
                    }
                }
            }

            foreach (IPropertySymbol property in _properties.Values)
            {
                if (property.IsRequired && ConstructorParameterFor(property.Name) is null)
                {
                    yield return property.Name;
                }
            }
        }
    }
}
