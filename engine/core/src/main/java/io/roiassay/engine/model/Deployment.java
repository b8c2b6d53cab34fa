package io.roiassay.engine.model;

/** How the CRM is deployed and how many of its seats are really used. All fields optional. */
public record Deployment(DeploymentModel model, Integer licensedUsers, Integer activeUsers) {

    /** No deployment section. */
    public static final Deployment NONE = new Deployment(null, null, null);
}
