package jp.hoshin.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finding the handler of a request looks at the path first. For a path with variables ({@code /m/{code}/{year}/…}) Spring
 * MVC tries every mapping of the application (about 240) and checks each one's HTTP method, parameters, headers and media
 * types before its path; every check reads the request through the filters' wrappers, and the whole search cost about a
 * sixth of a public page's CPU (issue 19's profile). A mapping whose path does not match is now passed over after that
 * one check. The answer is the same: a mapping matches only if every condition does, and these checks have no effects.
 */
@Component
class PathFirstMappings implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new Mapping();
    }

    static final class Mapping extends RequestMappingHandlerMapping {

        @Override
        protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            PathPatternsRequestCondition paths = info.getPathPatternsCondition();
            if (paths != null && paths.getMatchingCondition(request) == null) {
                return null;
            }
            return super.getMatchingMapping(info, request);
        }
    }
}
