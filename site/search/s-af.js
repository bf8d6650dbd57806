DossierSearch.shard("af", {"affairs":"2.4,2.5","affair~":"2.4,2.5","afford":"0.6","afghanistan":"4.9","afloat":"2.6","aforementioned":"4.6","aforement~":"4.6","africa":"3.6"});
