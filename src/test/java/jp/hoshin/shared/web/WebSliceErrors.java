package jp.hoshin.shared.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** For {@code @WebMvcTest} slices: what {@link ErrorHandling} (a controller advice, so part of every slice) needs to answer. */
@TestConfiguration(proxyBeanMethods = false)
@Import(ErrorStatus.class)
public class WebSliceErrors {}
