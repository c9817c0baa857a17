package org.resulta.web;

import org.resulta.shared.DomainException;
import org.resulta.shared.Violation;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages a form shows: one per field, next to its input, plus messages about the form as a whole.
 * Built from bean validation and from the domain's refusals, so that pages and the API say the same thing.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    public static FormErrors of(BindingResult binding) {
        FormErrors errors = new FormErrors();
        for (FieldError f : binding.getFieldErrors()) {
            String message = f.isBindingFailure() ? "is not a valid value ('" + f.getRejectedValue() + "')" : f.getDefaultMessage();
            errors.byField.putIfAbsent(f.getField(), humanField(f.getField()) + " " + message);
        }
        binding.getGlobalErrors().forEach(g -> errors.general.add(g.getDefaultMessage()));
        return errors;
    }

    public static FormErrors of(DomainException e) {
        FormErrors errors = new FormErrors();
        return errors.add(e);
    }

    public FormErrors add(DomainException e) {
        if (!e.violations().isEmpty()) {
            for (Violation v : e.violations()) {
                String key = v.item() == null ? v.field() : v.item() + "." + v.field();
                byField.putIfAbsent(key, v.message());
                general.add(v.message());
            }
        } else if (e.field() != null) {
            byField.putIfAbsent(e.field(), e.getMessage());
            general.add(e.getMessage());
        } else {
            general.add(e.getMessage());
        }
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty() && general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    /** Messages for the summary at the top of the form. */
    public List<String> summary() {
        List<String> all = new ArrayList<>(general);
        byField.values().stream().filter(m -> !all.contains(m)).forEach(all::add);
        return all;
    }

    private static String humanField(String field) {
        StringBuilder b = new StringBuilder();
        for (char c : field.toCharArray()) {
            if (Character.isUpperCase(c)) {
                b.append(' ').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        String s = b.toString();
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
