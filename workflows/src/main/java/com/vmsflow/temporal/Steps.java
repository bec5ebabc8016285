package com.vmsflow.temporal;

import com.vmsflow.ajio.AjioActivities;
import com.vmsflow.erp.ErpActivities;
import com.vmsflow.oms.OmsActivities;
import com.vmsflow.returns.ReturnActivities;
import com.vmsflow.rms.RmsActivities;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;

/**
 * A workflow's next step at an outside system or in our database, named for the business in Temporal Web's activity
 * summary: {@code ajio("Acknowledge the order at Ajio").acknowledge(...)}. Each group's own options (timeouts, retry
 * policy, what is not retried) come with it. For workflow code only.
 */
public final class Steps {

    private Steps() {
    }

    public static AjioActivities ajio(String summary) {
        return Workflow.newActivityStub(AjioActivities.class, withSummary(AjioActivities.OPTIONS, summary));
    }

    public static RmsActivities rms(String summary) {
        return Workflow.newActivityStub(RmsActivities.class, withSummary(RmsActivities.OPTIONS, summary));
    }

    public static ErpActivities erp(String summary) {
        return Workflow.newActivityStub(ErpActivities.class, withSummary(ErpActivities.OPTIONS, summary));
    }

    public static OmsActivities oms(String summary) {
        return Workflow.newActivityStub(OmsActivities.class, withSummary(OmsActivities.OPTIONS, summary));
    }

    public static ReturnActivities returns(String summary) {
        return Workflow.newActivityStub(ReturnActivities.class, withSummary(ReturnActivities.OPTIONS, summary));
    }

    private static ActivityOptions withSummary(ActivityOptions options, String summary) {
        return ActivityOptions.newBuilder(options).setSummary(summary).build();
    }
}
