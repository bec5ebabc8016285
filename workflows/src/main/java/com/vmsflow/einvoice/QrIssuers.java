package com.vmsflow.einvoice;

import java.util.List;

/**
 * The issuers ({@code iss}) whose signed QR codes an environment accepts: NIC's production system ({@value #NIC})
 * in production; a UAT environment may also accept the GST sandbox ({@value #NIC_SANDBOX}), whose QR codes ERPs
 * use while testing. The list comes from each environment's configuration; the rule is here.
 */
public record QrIssuers(List<String> accepted) {

    public static final String NIC = "NIC";
    public static final String NIC_SANDBOX = "NIC Sandbox";

    /** Production's: NIC only. */
    public static final QrIssuers NIC_ONLY = new QrIssuers(List.of(NIC));

    /** A UAT environment's: NIC and the GST sandbox. */
    public static final QrIssuers UAT = new QrIssuers(List.of(NIC, NIC_SANDBOX));

    public QrIssuers {
        if (accepted == null || accepted.isEmpty() || accepted.stream().anyMatch(i -> i == null || i.isBlank())) {
            throw new IllegalArgumentException("accepted QR issuers: at least one, none blank");
        }
        accepted = List.copyOf(accepted);
    }

    /** Why a QR with this {@code iss} is refused, naming it and the accepted ones; null when it is accepted. */
    public String problem(String issuer) {
        if (issuer != null && accepted.contains(issuer)) {
            return null;
        }
        String named = issuer == null || issuer.isEmpty() ? "signed QR names no issuer" : "signed QR issued by '"
                + issuer + "'";
        return named + ", not an accepted issuer (" + String.join(", ", accepted) + ")";
    }
}
