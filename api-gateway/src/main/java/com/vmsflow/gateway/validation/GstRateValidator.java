package com.vmsflow.gateway.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.List;

public class GstRateValidator implements ConstraintValidator<GstRate, BigDecimal> {

    private static final List<BigDecimal> SLABS = List.of(BigDecimal.ZERO, BigDecimal.valueOf(5),
            BigDecimal.valueOf(12), BigDecimal.valueOf(18), BigDecimal.valueOf(28));

    @Override
    public boolean isValid(BigDecimal rate, ConstraintValidatorContext context) {
        return rate == null || SLABS.stream().anyMatch(slab -> slab.compareTo(rate) == 0);
    }
}
