package vn.cuocthi.platformcore.tenancy;

import org.springframework.core.task.TaskDecorator;
import org.springframework.stereotype.Component;

/** Carries the submitting thread's tenant into async tasks (Boot applies it to its task executors). */
@Component
public class TenantTaskDecorator implements TaskDecorator {

    @Override
    public Runnable decorate(Runnable runnable) {
        return TenantContext.capture(runnable);
    }
}
