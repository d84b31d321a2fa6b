package nl.samenspel.shared.axon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a command whose sender stays anonymous: the dispatch interceptor puts no actor and no organisation on it,
 * so neither the stored events nor their CloudEvents ({@code actor}, {@code actororganisation}) say who sent it.
 * For requests that are anonymous by design, like a consultative question. A command that is anonymous only when
 * its sender asks for it, like a signal, implements {@link WhenAsked} instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AnonymousActor {

    /**
     * A command whose sender chose whether to stay anonymous. When {@link #anonymous()} holds, it is dispatched as
     * if it were marked {@link AnonymousActor}.
     */
    interface WhenAsked {

        boolean anonymous();
    }
}
