package com.vmsflow.gateway.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class NoDuplicatesValidator implements ConstraintValidator<NoDuplicates, List<?>> {

    private String property;

    @Override
    public void initialize(NoDuplicates annotation) {
        property = annotation.property();
    }

    @Override
    public boolean isValid(List<?> values, ConstraintValidatorContext context) {
        if (values == null) {
            return true;
        }
        Set<Object> seen = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            Object key = value instanceof Keyed keyed ? keyed.key() : value;
            if (key != null && !seen.add(key)) {
                if (valid) {
                    context.disableDefaultConstraintViolation();
                    valid = false;
                }
                var violation = context.buildConstraintViolationWithTemplate(
                        context.getDefaultConstraintMessageTemplate());
                if (property.isEmpty()) {
                    violation.addBeanNode().inIterable().atIndex(i).addConstraintViolation();
                } else {
                    violation.addPropertyNode(property).inIterable().atIndex(i).addConstraintViolation();
                }
            }
        }
        return valid;
    }
}
