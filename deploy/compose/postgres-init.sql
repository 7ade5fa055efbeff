-- One database per service, as ./ips up and the Kubernetes manifests have them.
create database clients;
create database specialists;
create database placements;
create database teams;
create database reporting;
