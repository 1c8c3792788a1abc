/**
 * Errors, the same way everywhere: the services' typed problems ({@link ResourceNotFoundException},
 * {@link InvalidInputException}, {@link ConflictException}, {@link PreconditionFailedException},
 * {@link PreconditionRequiredException}, {@link PayloadTooLargeException}), the {@link ExpectedVersion} a service
 * checks before a change, and the one table that answers every exception with an RFC 9457 {@link Problem}
 * ({@link ProblemMappers}), or with a page through the {@link ErrorPages} that the page frame implements. Nothing here
 * depends on the web pages.
 */
package org.odmaturity.error;
