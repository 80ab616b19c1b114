package jp.hoshin.shared.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finding the handler of a request looks at the path first. For a path with variables ({@code /m/{code}/{year}/…}) Spring
 * MVC tries every mapping of the application (about 240) and checks each one's HTTP method, parameters, headers and media
 * types before its path; every check reads the request through the filters' wrappers, and the whole search cost about a
 * sixth of a public page's CPU (issue 19's profile). Here the mappings are indexed once by their patterns' literal
 * segments ({@code departments} in {@code /m/{code}/{year}/departments}): a pattern's literal segment matches only a path
 * segment equal to it (decoded, case-sensitive: Spring's defaults), so a mapping none of whose patterns has all its
 * literal segments among the request's path segments cannot match and is not tried. Each pattern is filed under its
 * rarest literal segment, so a request looks at a handful of mappings, and the best of those that match is chosen as
 * Spring chooses (its comparator for the request, the mappings of the exact path first). Every mapping that could match
 * was tried, so the answer is Spring's. Where Spring's search does more than choose (no match: 404, 405 or 406; two
 * equally good: refused; a CORS pre-flight; mappings registered at run time) its own search runs, with the path
 * checked first.
 */
@Component
class PathFirstMappings implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new Mapping();
    }

    static final class Mapping extends RequestMappingHandlerMapping {

        static final int FIRST = -200;

        /** The mappings filed by literal segment; null until the mappings are known, and again if they change. */
        private volatile @Nullable Index index;

        /**
         * Before the actuator's mapping (order -100), which otherwise tries each of its endpoints' full conditions for every
         * page (3 % of a public page). Its paths ({@code /actuator/…}) are none of the application's, so they pass through
         * here at the cost of one index lookup.
         */
        @Override
        public void setOrder(int order) {
            super.setOrder(Math.min(order, FIRST));
        }

        /** Whether lookups use the index (the mappings have not changed since start-up). */
        boolean indexed() {
            return index != null;
        }

        @Override
        protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            super.handlerMethodsInitialized(handlerMethods);
            index = Index.of(handlerMethods);
        }

        @Override
        public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
            index = null;
            super.registerMapping(mapping, handler, method);
        }

        @Override
        public void unregisterMapping(RequestMappingInfo mapping) {
            index = null;
            super.unregisterMapping(mapping);
        }

        @Override
        protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
                throws Exception {
            Index current = index;
            if (current == null
                    || !ServletRequestPathUtils.hasParsedRequestPath(request)
                    || CorsUtils.isPreFlightRequest(request)) {
                return super.lookupHandlerMethod(lookupPath, request);
            }
            List<Found> found = new ArrayList<>(2);
            boolean direct = false;
            boolean pathMatched = false;
            for (RequestMappingInfo candidate : current.candidates(segments(request))) {
                if (!pathMatches(candidate, request)) {
                    continue;
                }
                pathMatched = true;
                RequestMappingInfo match = super.getMatchingMapping(candidate, request);
                if (match != null) {
                    boolean exact = getDirectPaths(candidate).contains(lookupPath);
                    direct |= exact;
                    found.add(new Found(candidate, match, exact));
                }
            }
            if (direct) { // Spring's search looks at the mappings of this exact path alone when one of them matches
                found.removeIf(f -> !f.direct());
            }
            if (!pathMatched) { // no mapping has this path: Spring's search would find none, and nothing to refuse
                return null;
            }
            if (found.isEmpty()) {
                return super.lookupHandlerMethod(lookupPath, request); // the path with another method…: 405, 406, 415
            }
            if (found.size() > 1) {
                Comparator<RequestMappingInfo> order = getMappingComparator(request);
                found.sort((a, b) -> order.compare(a.match(), b.match()));
                if (order.compare(found.get(0).match(), found.get(1).match()) == 0) {
                    return super.lookupHandlerMethod(lookupPath, request); // ambiguous: Spring's own refusal
                }
            }
            Found best = found.getFirst();
            HandlerMethod handler = current.handlers.get(best.mapping());
            request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
            handleMatch(best.match(), lookupPath, request);
            return handler;
        }

        @Override
        protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            return pathMatches(info, request) ? super.getMatchingMapping(info, request) : null;
        }

        private static boolean pathMatches(RequestMappingInfo info, HttpServletRequest request) {
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            return paths == null || paths.getMatchingCondition(request) != null;
        }

        private static Set<String> segments(HttpServletRequest request) {
            Set<String> segments = new HashSet<>();
            for (PathContainer.Element element : ServletRequestPathUtils.getParsedRequestPath(request)
                    .pathWithinApplication()
                    .elements()) {
                if (element instanceof PathContainer.PathSegment segment) {
                    segments.add(segment.valueToMatch());
                }
            }
            return segments;
        }
    }

    /** A mapping that matched a request, as it matched, and whether it was by the exact path. */
    private record Found(RequestMappingInfo mapping, RequestMappingInfo match, boolean direct) {}

    /** A pattern's literal segments, and the mapping it belongs to. */
    private record Filed(RequestMappingInfo mapping, List<String> literals) {}

    /**
     * The mappings by the rarest literal segment of each of their patterns, those with a pattern without literal segments
     * (or without patterns) apart, and each mapping's handler.
     */
    private record Index(
            Map<String, List<Filed>> bySegment,
            List<RequestMappingInfo> always,
            Map<RequestMappingInfo, HandlerMethod> handlers) {

        static Index of(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
            Map<RequestMappingInfo, List<List<String>>> patterns = new IdentityHashMap<>();
            Map<String, Integer> frequency = new HashMap<>();
            handlerMethods.keySet().forEach(info -> {
                List<List<String>> literals = literalsOf(info);
                patterns.put(info, literals);
                literals.forEach(l -> new HashSet<>(l).forEach(s -> frequency.merge(s, 1, Integer::sum)));
            });
            Map<String, List<Filed>> bySegment = new HashMap<>();
            List<RequestMappingInfo> always = new ArrayList<>();
            patterns.forEach((info, literals) -> {
                if (literals.isEmpty() || literals.stream().anyMatch(List::isEmpty)) {
                    always.add(info);
                    return;
                }
                for (List<String> literal : literals) {
                    String rarest = literal.stream()
                            .min((a, b) -> Integer.compare(frequency.get(a), frequency.get(b)))
                            .orElseThrow();
                    bySegment.computeIfAbsent(rarest, s -> new ArrayList<>()).add(new Filed(info, literal));
                }
            });
            bySegment.replaceAll((segment, filed) -> List.copyOf(filed));
            return new Index(Map.copyOf(bySegment), List.copyOf(always), new IdentityHashMap<>(handlerMethods));
        }

        /** The mappings that may match a path with these segments, each once. */
        List<RequestMappingInfo> candidates(Set<String> segments) {
            List<RequestMappingInfo> candidates = new ArrayList<>(always);
            Set<RequestMappingInfo> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (String segment : segments) {
                for (Filed filed : bySegment.getOrDefault(segment, List.of())) {
                    if (segments.containsAll(filed.literals()) && seen.add(filed.mapping())) {
                        candidates.add(filed.mapping());
                    }
                }
            }
            return candidates;
        }

        private static List<List<String>> literalsOf(RequestMappingInfo info) {
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            if (paths == null) {
                return List.of();
            }
            List<List<String>> patterns = new ArrayList<>();
            for (PathPattern pattern : paths.getPatterns()) {
                List<String> literal = new ArrayList<>();
                for (String segment : pattern.getPatternString().split("/")) {
                    if (!segment.isEmpty() && segment.chars().noneMatch(c -> c == '{' || c == '*' || c == '?')) {
                        literal.add(segment);
                    }
                }
                patterns.add(List.copyOf(literal));
            }
            return List.copyOf(patterns);
        }
    }
}
