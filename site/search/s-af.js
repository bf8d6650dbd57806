DossierSearch.shard("af", {"affairs":"1.4,2.5","afford":"0.6","afghanistan":"3.9","afloat":"1.6","aforementioned":"3.6","africa":"2.6"});
