package jp.hoshin.shared.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finding the handler of a request looks at the path first. For a path with variables ({@code /m/{code}/{year}/…}) Spring
 * MVC tries every mapping of the application (about 240) and checks each one's HTTP method, parameters, headers and media
 * types before its path; every check reads the request through the filters' wrappers, and the whole search cost about a
 * sixth of a public page's CPU (issue 19's profile). A mapping whose path does not match is now passed over after that
 * one check, and before it, a mapping none of whose patterns has all its literal segments among the request's path
 * segments ({@code departments} in {@code /m/{code}/{year}/departments}) is passed over by a set lookup: a pattern's
 * literal segment matches only a path segment equal to it (decoded, case-sensitive: Spring's defaults), so such a
 * mapping could not have matched. The answer is the same: a mapping matches only if every condition does, and these
 * checks have no effects.
 */
@Component
class PathFirstMappings implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new Mapping();
    }

    static final class Mapping extends RequestMappingHandlerMapping {

        /** The decoded segments of the path being looked up, for the duration of one lookup on this thread. */
        private static final ThreadLocal<@Nullable Set<String>> SEGMENTS = new ThreadLocal<>();

        /** Each mapping's patterns as their literal segments (none for a mapping without path patterns). */
        private final Map<RequestMappingInfo, List<List<String>>> literals = new ConcurrentHashMap<>();

        @Override
        protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
                throws Exception {
            SEGMENTS.set(segments(request));
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                SEGMENTS.remove();
            }
        }

        @Override
        protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            Set<String> segments = SEGMENTS.get();
            if (segments != null && !mayMatch(literals.computeIfAbsent(info, Mapping::literalsOf), segments)) {
                return null;
            }
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            if (paths != null && paths.getMatchingCondition(request) == null) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }

        private static @Nullable Set<String> segments(HttpServletRequest request) {
            if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
                return null;
            }
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

        /** Whether some pattern has all its literal segments in the path (true when there are no patterns). */
        private static boolean mayMatch(List<List<String>> patterns, Set<String> segments) {
            if (patterns.isEmpty()) {
                return true;
            }
            for (List<String> pattern : patterns) {
                if (segments.containsAll(pattern)) {
                    return true;
                }
            }
            return false;
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
