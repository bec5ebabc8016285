package com.vmsflow.gateway.validation;

import com.vmsflow.einvoice.DocumentNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class GstDocumentNumberValidator implements ConstraintValidator<GstDocumentNumber, String> {

    @Override
    public boolean isValid(String number, ConstraintValidatorContext context) {
        return number == null || DocumentNumber.isValid(number);
    }
}
